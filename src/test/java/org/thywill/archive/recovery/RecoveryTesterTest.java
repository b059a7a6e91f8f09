package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.DbCounts;

/** {@code test-recovery}: the archives rebuilt into a temporary database and compared with the live one. */
class RecoveryTesterTest {

    /** Tiny's prayer dc7ac1bc9d464544b11be1fd649b5ff4 (answered with a testimony, archived). */
    private static final String PRAYER = "prayers/2024/02/2024_02_29_prayer_at_0815.txt";
    private static final String PRAYER_ID = "dc7ac1bc9d464544b11be1fd649b5ff4";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void eachSampleIsReproducedWithNoDifference(String sample) throws Exception {
        RecoveryFixture f = RecoveryFixture.copy(sample, dir);
        RecoveryTestReport r = new RecoveryTester(f.settings()).test(null);

        assertThat(r.reproduced()).isTrue();
        assertThat(r.differingKinds()).isEmpty();
        assertThat(r.comparison().rebuild().rejections()).isEmpty();
        assertThat(r.comparison().kinds()).extracting(KindDiff::kind).containsExactly("users", "prayers", "marks",
                "attributes", "activity_logs", "sessions", "invite_tokens", "invite_usage");
        KindDiff marks = r.comparison().kinds().get(2);
        assertThat(marks.matched()).isEqualTo(DbCounts.count(f.database(), "prayermark"))
                .isEqualTo(sample.equals("tiny") ? 20 : 556);
        // what the samples' tree cannot carry is named, with the live rows it concerns, not failed on
        assertThat(r.comparison().notCarried()).contains(
                new NotCarried("table role", limitReason(r, "table role"), 3L),
                new NotCarried("table user_roles (role grants, admin rights included)",
                        limitReason(r, "table user_roles (role grants, admin rights included)"),
                        sample.equals("tiny") ? 2L : 3L));
        assertThat(r.comparison().notCarried()).extracting(NotCarried::what)
                .contains("seconds and microseconds of every timestamp", "invite_token_usage.ip_address");
        assertThat(f.tempEntries()).as("the temporary database is deleted").isZero();
    }

    @Test
    void aLostPrayerFileFailsNamingThePrayerAndTheLiveDatabaseIsNotTouched() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Files.delete(f.archives().resolve(PRAYER));
        String before = SqliteFacts.fileSha256(f.database());
        List<Path> beside = besideDatabase(f);

        RecoveryTestReport r = new RecoveryTester(f.settings()).test(5);

        assertThat(r.reproduced()).isFalse();
        KindDiff prayers = kind(r, "prayers");
        assertThat(prayers.onlyInDatabase()).isEqualTo(1);
        assertThat(prayers.onlyInDatabaseExamples()).singleElement().asString().startsWith("id='" + PRAYER_ID + "'");
        assertThat(kind(r, "attributes").onlyInDatabase()).isPositive();
        assertThat(kind(r, "activity_logs").onlyInDatabase()).isPositive();
        assertThat(kind(r, "users").differences()).isZero();
        assertThat(SqliteFacts.fileSha256(f.database())).isEqualTo(before);
        assertThat(besideDatabase(f)).isEqualTo(beside);
        assertThat(f.tempEntries()).isZero();
    }

    @Test
    void rowsOnlyInTheArchivesAreReportedButLoseNothing() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark ORDER BY created_at LIMIT 2)");
        RecoveryTestReport r = new RecoveryTester(f.settings()).test(null);
        assertThat(r.reproduced()).isTrue();
        assertThat(kind(r, "marks").onlyInArchives()).isEqualTo(2);
        assertThat(r.differingKinds()).extracting(KindDiff::kind).containsExactly("marks");
    }

    @Test
    void aRejectedFileIsAFailure() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Files.writeString(f.archives().resolve("users/2024_02_users.txt"), "not a registration\n",
                java.nio.file.StandardOpenOption.APPEND);
        RecoveryTestReport r = new RecoveryTester(f.settings()).test(null);
        assertThat(r.comparison().rebuild().rejections()).singleElement().asString()
                .startsWith("users/2024_02_users.txt:4: ");
        assertThat(r.reproduced()).isFalse();
        assertThat(kind(r, "users").onlyInDatabase()).isEqualTo(1);
    }

    @Test
    void whatALiveWriterCommittedIsSeenWhileItKeepsTheDatabaseOpen() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        try (Database live = Database.open(f.database())) {
            live.runInTransaction(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO prayermark VALUES ('x1', 'admin', '" + PRAYER_ID
                            + "', '2024-03-10 10:00:00.5', NULL)");
                }
            });
            RecoveryTestReport r = new RecoveryTester(f.settings()).test(null);
            assertThat(kind(r, "marks").onlyInDatabaseExamples())
                    .containsExactly("prayer_id='" + PRAYER_ID + "', username='admin', created_at='2024-03-10 10:00'");
            assertThat(r.reproduced()).isFalse();
        }
    }

    @Test
    void aMissingDatabaseIsRefusedNotCreated() {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        RecoverySettings s = new RecoverySettings(dir.resolve("none.db"), f.archives(), 1 << 20, 100, 1000, f.temp(), 3);
        assertThatThrownBy(() -> new RecoveryTester(s).test(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no database at");
        assertThat(dir.resolve("none.db")).doesNotExist();
        assertThat(f.tempEntries()).isZero();
    }

    private static KindDiff kind(RecoveryTestReport r, String id) {
        return r.comparison().kinds().stream().filter(k -> k.kind().equals(id)).findFirst().orElseThrow();
    }

    private static String limitReason(RecoveryTestReport r, String what) {
        return r.comparison().notCarried().stream().filter(n -> n.what().equals(what)).findFirst()
                .map(NotCarried::reason).orElse("(missing)");
    }

    private static List<Path> besideDatabase(RecoveryFixture f) throws java.io.IOException {
        try (var s = Files.list(f.database().getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(f.database().getFileName().toString()))
                    .sorted().toList();
        }
    }
}
