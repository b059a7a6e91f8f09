package org.thywill.archive.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** repair-archives on wrong or missing {@code text_file_path} pointers, one test per kind of bad pointer. */
class PointerRepairTest {

    @TempDir
    Path dir;

    /** Sets the pointer, repairs, and returns the pointer afterwards; the change must be the only one. */
    private static String repairPrayer(RepairFixture f, String id, String bad) {
        f.sql("UPDATE prayer SET text_file_path = ? WHERE id = ?", bad, id);
        RepairReport r = f.repair(false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.kinds().get(RepairReport.PRAYER_POINTERS)).isEqualTo(new RepairReport.KindCounts(1, 0));
        assertThat(r.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RepairReport.PRAYER_POINTERS);
            assertThat(c.subject()).isEqualTo(id);
        });
        return f.prayerPointer(id);
    }

    @Test
    void aNullPrayerPointerNamesTheFileCarryingThePrayer() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            assertThat(repairPrayer(f, "d6530206da8b4185ba7440d6b85ac9fa", null))
                    .isEqualTo("text_archives/prayers/2024/08/2024_08_18_prayer_at_1704.txt");
        }
    }

    @Test
    void aPointerToAMissingFileIsSet() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            assertThat(repairPrayer(f, "900f2f23d5af4c038188d3e892672cfe", "text_archives/prayers/2024/04/gone.txt"))
                    .isEqualTo("text_archives/prayers/2024/04/2024_04_22_prayer_at_2328.txt");
            // the original's placeholder when archives were disabled
            assertThat(repairPrayer(f, "900f2f23d5af4c038188d3e892672cfe",
                    "disabled_archive_for_prayer_900f2f23d5af4c038188d3e892672cfe"))
                    .isEqualTo("text_archives/prayers/2024/04/2024_04_22_prayer_at_2328.txt");
        }
    }

    @Test
    void aPointerOutsideTheArchiveRootIsSet() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            assertThat(repairPrayer(f, "3e0f726f15a44574916f7ecc5ad19db4", "../../etc/passwd"))
                    .isEqualTo("text_archives/prayers/2024/05/2024_05_13_prayer_at_1222.txt");
            assertThat(repairPrayer(f, "3e0f726f15a44574916f7ecc5ad19db4", "/etc/passwd"))
                    .isEqualTo("text_archives/prayers/2024/05/2024_05_13_prayer_at_1222.txt");
        }
    }

    @Test
    void aPointerToAnotherPrayersFileIsSet() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            assertThat(repairPrayer(f, "6d64465c6a724e67a23bc9e7ef7352c2",
                    "text_archives/prayers/2024/08/2024_08_25_prayer_at_1947.txt"))
                    .isEqualTo("text_archives/prayers/2024/11/2024_11_01_prayer_at_0155.txt");
            // same minute, three prayers: the _N file whose header carries this one
            assertThat(repairPrayer(f, "57193b1a1392477890f0917a8cc6e211",
                    "text_archives/prayers/2024/02/2024_02_29_prayer_at_1234_3.txt"))
                    .isEqualTo("text_archives/prayers/2024/02/2024_02_29_prayer_at_1234_2.txt");
        }
    }

    @Test
    void aPrayerNoFileCarriesIsReported() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            Files.delete(f.file("prayers/2024/12/2024_12_31_prayer_at_2359.txt"));
            f.sql("UPDATE prayer SET text_file_path = NULL WHERE id = '8468d3806fe044f092f5f234c0abf60d'");

            RepairReport r = f.repair(false);

            assertThat(r.changes()).isEmpty();
            assertThat(r.problems()).singleElement().isEqualTo(new RepairReport.Problem(RepairReport.PRAYER_POINTERS,
                    "8468d3806fe044f092f5f234c0abf60d", "text_file_path is NULL; no file's header carries prayer"
                    + " 8468d3806fe044f092f5f234c0abf60d"));
            assertThat(f.prayerPointer("8468d3806fe044f092f5f234c0abf60d")).isEqualTo("NULL");
        }
    }

    @Test
    void userPointersNullMissingOutsideOrToAnotherUsersFileAreSet() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            f.sql("UPDATE \"user\" SET text_file_path = NULL WHERE display_name = 'Mary'");
            f.sql("UPDATE \"user\" SET text_file_path = 'text_archives/users/2024_07_users.txt' WHERE display_name = 'Pat'");
            f.sql("UPDATE \"user\" SET text_file_path = '../../etc/passwd' WHERE display_name = '李明'");
            f.sql("UPDATE \"user\" SET text_file_path = 'text_archives/users/2024_02_users.txt'"
                    + " WHERE display_name = 'Kevin Garcia'");

            RepairReport r = f.repair(false);

            assertThat(r.problems()).isEmpty();
            assertThat(r.kinds().get(RepairReport.USER_POINTERS)).isEqualTo(new RepairReport.KindCounts(4, 0));
            assertThat(Map.of("Mary", f.userPointer("Mary"), "Pat", f.userPointer("Pat"), "李明", f.userPointer("李明"),
                    "Kevin Garcia", f.userPointer("Kevin Garcia"))).isEqualTo(Map.of(
                    "Mary", "text_archives/users/2024_02_users.txt",
                    "Pat", "text_archives/users/2024_08_users.txt",
                    "李明", "text_archives/users/2024_09_users.txt",
                    "Kevin Garcia", "text_archives/users/2024_10_users.txt"));
            assertThat(r.changes()).anySatisfy(c -> assertThat(c.detail()).isEqualTo("user.text_file_path"
                    + " 'text_archives/users/2024_02_users.txt' → text_archives/users/2024_10_users.txt (text_file_path"
                    + " names users/2024_02_users.txt, which holds no registration line of theirs; their registration"
                    + " line of October 12 2024 at 06:07 is there)"));
            assertThat(f.repair(false).changes()).isEmpty();
        }
    }

    @Test
    void aUserNoRegistrationLineNamesIsReported() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            f.sql("INSERT INTO \"user\" (display_name, created_at, welcome_message_dismissed, is_supporter)"
                    + " VALUES ('Joy at Dawn', '2024-03-01 10:00:00.000000', 0, 0)");

            RepairReport r = f.repair(false);

            assertThat(r.problems()).containsExactly(new RepairReport.Problem(RepairReport.USER_POINTERS, "Joy at Dawn",
                    "text_file_path is NULL; no registration line names 'Joy at Dawn'"));
            assertThat(r.kinds().get(RepairReport.USER_POINTERS)).isEqualTo(new RepairReport.KindCounts(0, 1));
        }
    }

    @Test
    void theSamplesArchivesAndPointersNeedNoRepair() {
        for (String sample : new String[] {"tiny", "community"}) {
            try (RepairFixture f = new RepairFixture(sample, dir.resolve(sample))) {
                Map<String, String> before = f.state();
                RepairReport r = f.repair(false);
                assertThat(r.changes()).as(sample).isEmpty();
                assertThat(r.problems()).as(sample).isEmpty();
                assertThat(f.state()).isEqualTo(before);
            }
        }
    }
}
