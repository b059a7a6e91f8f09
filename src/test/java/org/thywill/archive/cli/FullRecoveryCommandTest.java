package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.DbCounts;
import org.thywill.archive.testing.Samples;

/** {@code thywill full-recovery} end to end, through its route. */
class FullRecoveryCommandTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void aSampleThatLostTwoMarks() throws Exception {
        db = Samples.copyDatabase("tiny", dir.resolve("thywill.db"));
        Samples.copyArchives("tiny", dir.resolve("text_archives"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 2)");
        }
    }

    @Test
    void refusesWithoutATerminalAndWithoutYes() throws Exception {
        String before = SqliteFacts.fileSha256(db);

        CliHarness r = run("full-recovery");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("thywill: refusing to run full-recovery without a terminal; pass --yes\n");
        assertThat(r.out()).isEmpty();
        assertThat(SqliteFacts.fileSha256(db)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void withYesItRecoversAndSaysWhatItDidAndASecondRunChangesNothing() throws Exception {
        CliHarness r = run("full-recovery", "--yes");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("Full recovery of " + db + " from " + dir.resolve("text_archives") + "\n")
                .contains("backup: " + dir.resolve("backups/pre_restore/thywill_pre_restore_"))
                .contains("files: 63 imported, 0 rejected\n")
                .contains("inserted: prayermark 2\n")
                .contains("swapped: the merged copy replaced the database\n")
                .contains("routes stopped: ").contains("took ");
        assertThat(DbCounts.count(db, "prayermark")).isEqualTo(DbCounts.count(Samples.database("tiny"), "prayermark"));

        String sha = SqliteFacts.fileSha256(db);
        CliHarness again = run("full-recovery", "--yes");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("inserted: nothing\n").contains("not swapped: the archives hold nothing the"
                + " database lacks");
        assertThat(SqliteFacts.fileSha256(db)).isEqualTo(sha);
    }

    @Test
    void withJsonGivesTheReport() throws Exception {
        CliHarness r = run("full-recovery", "--yes", "--json");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.at("/database").asText()).isEqualTo(db.toString());
        assertThat(j.at("/backup").asText()).startsWith(dir.resolve("backups/pre_restore").toString());
        assertThat(j.at("/inserted/prayermark").asInt()).isEqualTo(2);
        assertThat(j.at("/swapped").asBoolean()).isTrue();
        assertThat(j.at("/newDatabase").asBoolean()).isFalse();
        assertThat(j.at("/schema/ok").asBoolean()).isTrue();
        assertThat(j.at("/routesStopped").isArray()).isTrue();
    }

    @Test
    void aDatabaseThatIsNoDatabaseIsRefusedWithExitOne() throws Exception {
        Files.writeString(db, "not a database\n");
        String before = SqliteFacts.fileSha256(db);

        CliHarness r = run("full-recovery", "--yes");

        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.err()).startsWith("thywill: full-recovery failed: full recovery refused: the pre-recovery backup"
                + " of " + db + " failed (").contains("the database " + db + " was not changed");
        assertThat(SqliteFacts.fileSha256(db)).isEqualTo(before);
    }

    @Test
    void aDatabaseLockedByAnotherProcessFailsWithExitThree() throws Exception {
        Path config = Files.writeString(dir.resolve("fast.properties"), "thywill.sqlite.busy-timeout-ms = 200\n");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");

            CliHarness r = run("--config", config.toString(), "full-recovery", "--yes");

            assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(r.err()).startsWith("thywill: full-recovery failed: database is locked by another process: " + db
                    + " (the pre-recovery backup could not read it within 200 ms;")
                    .contains("the database " + db + " was not changed;");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void hasHelp() {
        CliHarness r = CliHarness.run("full-recovery", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: thywill full-recovery").contains("--yes");
    }

    private CliHarness run(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "--backups";
        all[3] = dir.resolve("backups").toString();
        all[4] = "--archives";
        all[5] = dir.resolve("text_archives").toString();
        System.arraycopy(args, 0, all, 6, args.length);
        return CliHarness.run(all);
    }
}
