package org.thywill.archive.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** reconstruct-from-archives on a copy of a sample database with users deleted and inviter links nulled. */
class ReconstructTest {

    /** The user columns reconstruction restores, at archive precision (created_at to the minute). */
    static final String USERS = "SELECT display_name, substr(created_at, 1, 16), invited_by_username,"
            + " invite_token_used, text_file_path FROM \"user\" ORDER BY display_name";
    static final String ROLES = "SELECT 'role', id, name, permissions FROM role UNION ALL"
            + " SELECT 'user_roles', id, user_id, role_id FROM user_roles ORDER BY 1, 2";

    @TempDir
    Path dir;

    static void damage(RepairFixture f) {
        f.sql("DELETE FROM \"user\" WHERE display_name IN ('Mary', 'Kevin Garcia')");
        f.sql("UPDATE \"user\" SET invited_by_username = NULL");
    }

    @Test
    void deletedUsersAndNulledInviterLinksAreRestored() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            List<String> original = RepairFixture.rows(Samples.database("tiny"), USERS);
            List<String> roles = f.rows(ROLES);
            damage(f);

            ReconstructReport r = f.reconstruct(false);

            assertThat(f.rows(USERS)).isEqualTo(original);
            assertThat(r.usersCreated()).containsExactly(
                    "Mary (created_at 2024-02-29 15:27:00.000000, text_archives/users/2024_02_users.txt)",
                    "Kevin Garcia (created_at 2024-10-12 06:07:00.000000, text_archives/users/2024_10_users.txt)");
            assertThat(f.rows(ROLES)).isEqualTo(roles);
        }
    }

    @Test
    void aNameOnlyPrayerFilesUseCreatesNoUserAndIsListed() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            String file = "prayers/2024/11/2024_11_01_prayer_at_0155.txt";
            f.write(file, f.read(file) + "November 03 2024 at 10:00 - Joy at Dawn prayed this prayer\n");
            f.write("prayers/2024/07/2024_07_01_prayer_at_0800.txt", "Prayer 0123456789abcdef0123456789abcdef by"
                    + " Stranger\nSubmitted July 01 2024 at 08:00\n\nPlease pray.\n\nActivity:\n");
            damage(f);

            ReconstructReport r = f.reconstruct(false);

            assertThat(f.rows("SELECT count(*) FROM \"user\" WHERE display_name IN ('Joy at Dawn', 'Stranger')"))
                    .containsExactly("0");
            assertThat(r.namesWithoutRegistration()).containsExactly(
                    "'Stranger' (author in prayers/2024/07/2024_07_01_prayer_at_0800.txt): no registration line and no"
                            + " user row; no user created (B31)",
                    "'Joy at Dawn' (activity in prayers/2024/11/2024_11_01_prayer_at_0155.txt): no registration line"
                            + " and no user row; no user created (B31)");
            assertThat(r.usersCreated()).hasSize(2);
        }
    }

    @Test
    void nobodyIsGrantedARoleEvenWhenNobodyHoldsAdmin() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            f.sql("DELETE FROM user_roles");
            f.sql("DELETE FROM \"user\" WHERE display_name = 'admin'");
            damage(f);
            List<String> roles = f.rows(ROLES);

            ReconstructReport r = f.reconstruct(false);

            assertThat(r.usersCreated()).hasSize(3).anySatisfy(u -> assertThat(u).startsWith("admin ("));
            assertThat(f.rows(ROLES)).isEqualTo(roles);
            assertThat(f.rows("SELECT count(*) FROM user_roles")).containsExactly("0");
        }
    }

    @Test
    void aSecondRunChangesNothing() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            damage(f);
            f.reconstruct(false);
            List<String> users = f.rows(USERS);
            List<String> prayers = f.rows("SELECT id, text_file_path FROM prayer ORDER BY id");

            ReconstructReport again = f.reconstruct(false);

            assertThat(again.changed()).isZero();
            assertThat(again.hasProblems()).isFalse();
            assertThat(f.rows(USERS)).isEqualTo(users);
            assertThat(f.rows("SELECT id, text_file_path FROM prayer ORDER BY id")).isEqualTo(prayers);
        }
    }

    @Test
    void aDryRunRollsBackAndListsWhatTheRealRunChanges() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            damage(f);
            f.sql("UPDATE prayer SET text_file_path = NULL WHERE id = 'd6530206da8b4185ba7440d6b85ac9fa'");
            List<String> users = f.rows(USERS);
            List<String> prayers = f.rows("SELECT id, text_file_path FROM prayer ORDER BY id");

            ReconstructReport dry = f.reconstruct(true);

            assertThat(dry.dryRun()).isTrue();
            assertThat(f.rows(USERS)).isEqualTo(users);
            assertThat(f.rows("SELECT id, text_file_path FROM prayer ORDER BY id")).isEqualTo(prayers);
            assertThat(f.rows("SELECT count(*) FROM reconcile_registration")).containsExactly("0");
            ReconstructReport real = f.reconstruct(false);
            assertThat(real.dryRun()).isFalse();
            assertThat(dry.usersCreated()).isEqualTo(real.usersCreated()).hasSize(2);
            assertThat(dry.invitersLinked()).isEqualTo(real.invitersLinked()).hasSize(5);
            assertThat(dry.pointersSet()).isEqualTo(real.pointersSet()).containsExactly("prayer"
                    + " d6530206da8b4185ba7440d6b85ac9fa: NULL → 'text_archives/prayers/2024/08/2024_08_18_prayer_at_1704.txt'"
                    + " (text_file_path is NULL; the file carrying it found by its header)");
        }
    }

    @Test
    void anInviterWhoIsNeitherRegisteredNorInTheDatabaseIsReported() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            f.write("users/2024_11_users.txt", "User Registrations for November 2024\n\n"
                    + "November 02 2024 at 10:00 - Joy at Dawn joined on invitation from Nobody Known\n");

            ReconstructReport r = f.reconstruct(false);

            assertThat(r.usersCreated()).containsExactly(
                    "Joy at Dawn (created_at 2024-11-02 10:00:00.000000, text_archives/users/2024_11_users.txt)");
            assertThat(r.problems()).containsExactly("user 'Joy at Dawn' joined on invitation from 'Nobody Known', who"
                    + " has no user row yet");
            assertThat(f.rows("SELECT invited_by_username FROM \"user\" WHERE display_name = 'Joy at Dawn'"))
                    .containsExactly("NULL");
        }
    }

    @Test
    void anUnreadableUsersFileIsNotUsedAndReported() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            damage(f);
            f.write("users/2024_02_users.txt", f.read("users/2024_02_users.txt") + "garbage\n");

            ReconstructReport r = f.reconstruct(false);

            assertThat(r.usersCreated()).containsExactly(
                    "Kevin Garcia (created_at 2024-10-12 06:07:00.000000, text_archives/users/2024_10_users.txt)");
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).startsWith("users/2024_02_users.txt:4: ")
                    .endsWith(" (users file not used)"));
        }
    }

    @Test
    void theSamplesDatabasesHaveNothingToReconstructFromTheirOwnArchives() {
        for (String sample : new String[] {"tiny", "community"}) {
            try (RepairFixture f = new RepairFixture(sample, dir.resolve(sample))) {
                List<String> users = f.rows(USERS);

                ReconstructReport r = f.reconstruct(false);

                assertThat(r.changed()).as(sample + ": " + r).isZero();
                assertThat(r.hasProblems()).as(sample + ": " + r).isFalse();
                assertThat(r.namesWithoutRegistration()).as(sample).isEmpty();
                assertThat(f.rows(USERS)).isEqualTo(users);
            }
        }
    }
}
