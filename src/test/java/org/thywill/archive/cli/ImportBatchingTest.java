package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.DbCounts;

/**
 * How a batch of files goes in: without savepoints until a file fails, then again with one per file; prayers read
 * ahead in chunks; informational files checked as text but not parsed.
 */
class ImportBatchingTest {

    private static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static final String C = "cccccccccccccccccccccccccccccccc";

    @TempDir
    Path dir;

    Path archives;

    @BeforeEach
    void tree() throws Exception {
        archives = dir.resolve("text_archives");
        Files.createDirectories(archives.resolve("users"));
        Files.writeString(archives.resolve("users/2024_01_users.txt"), "User Registrations for January 2024\n\n"
                + "January 05 2024 at 10:00 - Pat joined directly\n"
                + "January 05 2024 at 10:01 - Sam joined directly\n");
    }

    @Test
    void aFileTheDatabaseRefusesLosesOnlyItsOwnRowsAndTheRestOfTheBatchGoesIn() throws Exception {
        prayer("2024_01_06_prayer_at_1000.txt", A, "January 06 2024 at 10:05 - Pat prayed this prayer\n");
        prayer("2024_01_06_prayer_at_1100.txt", B, "January 06 2024 at 11:05 - Pat prayed this prayer\n"
                + "January 06 2024 at 11:06 - Sam prayed this prayer\n");
        prayer("2024_01_06_prayer_at_1200.txt", C, "January 06 2024 at 12:05 - Sam prayed this prayer\n");
        migrate();
        sql("CREATE TRIGGER refuse_b BEFORE INSERT ON prayermark WHEN NEW.prayer_id = '" + B + "' AND NEW.username = 'Sam'"
                + " BEGIN SELECT RAISE(ABORT, 'the disk said no'); END");

        CliHarness r = importTree();

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("prayers/2024/01/2024_01_06_prayer_at_1100.txt: import failed and was rolled back",
                "the disk said no");
        assertThat(count("prayer")).isEqualTo(2);
        assertThat(count("prayer where id = '" + B + "'")).isZero();
        assertThat(count("prayermark where prayer_id = '" + B + "'")).isZero();
        assertThat(count("prayer_activity_log where prayer_id = '" + B + "'")).isZero();
        assertThat(count("prayermark")).isEqualTo(2);
        assertThat(count("user")).isEqualTo(2);
        assertThat(count("archive_file_ledger where status = 'rejected'")).isEqualTo(1);
        assertThat(count("archive_file_ledger where status = 'imported'")).isEqualTo(3);
    }

    @Test
    void aPrayerSplitOverTwoFilesIsMergedOnceWhetherReadAheadOrNot() throws Exception {
        prayer("2024_01_06_prayer_at_1000.txt", A, "January 06 2024 at 10:05 - Pat prayed this prayer\n");
        // the original's heal leaves a second file for the same prayer (B35), in the same read-ahead chunk
        prayer("2024_01_06_prayer_at_1000_2.txt", A, "January 06 2024 at 10:05 - Pat prayed this prayer\n"
                + "January 06 2024 at 10:07 - Sam prayed this prayer\n");
        prayer("2024_01_06_prayer_at_1100.txt", B, "January 06 2024 at 11:05 - Pat prayed this prayer\n");

        assertThat(importTree().exitCode()).isEqualTo(ExitCode.OK);

        assertThat(count("prayer")).isEqualTo(2);
        assertThat(count("prayermark where prayer_id = '" + A + "'")).isEqualTo(2);
        assertThat(count("prayer_activity_log where prayer_id = '" + A + "' and action = 'prayed'")).isEqualTo(2);
        assertThat(count("prayermark where prayer_id = '" + B + "'")).isEqualTo(1);

        Files.writeString(archives.resolve("prayers/2024/01/2024_01_06_prayer_at_1100.txt"),
                "January 06 2024 at 11:09 - Sam prayed this prayer\n", java.nio.file.StandardOpenOption.APPEND);
        CliHarness again = importTree();
        assertThat(again.out()).contains("\"prayermark\":1");
        assertThat(count("prayermark")).isEqualTo(4);
    }

    @Test
    void aMonthlyMarksFileBesideThePrayerFilesDuplicatesNoMark() throws Exception {
        prayer("2024_01_06_prayer_at_1000.txt", A, "January 06 2024 at 10:05 - Pat prayed this prayer\n");
        Files.createDirectories(archives.resolve("prayers/marks"));
        Files.writeString(archives.resolve("prayers/marks/2024_01_marks.txt"),
                "Prayer Marks for January 2024\nFormat: timestamp|prayer_id|user_id\n\n"
                        + "January 06 2024 at 10:05|" + A + "|Pat\n"
                        + "January 06 2024 at 10:09|" + A + "|Sam\n");
        prayer("2024_01_06_prayer_at_1100.txt", B, "January 06 2024 at 11:05 - Pat prayed this prayer\n");

        CliHarness r = importTree();

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("\"MONTHLY_MARKS\":1");
        assertThat(count("prayermark where prayer_id = '" + A + "'")).isEqualTo(2);
        assertThat(count("prayermark")).isEqualTo(3);
    }

    @Test
    void anActivityLogIsInformationalSoItsLinesAreNotParsedButItMustBeText() throws Exception {
        Files.createDirectories(archives.resolve("activity"));
        Files.writeString(archives.resolve("activity/activity_2024_01.txt"),
                "Activity for January 2024\n\n\nJanuary 05 2024\nthis line is no activity line at all\n");

        CliHarness r = importTree();
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("\"rejected\":0");

        Files.write(archives.resolve("activity/activity_2024_02.txt"),
                "Activity for February 2024\n\n\nFebruary 05 2024\n10:00 - Zo\u00eb registered directly\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        CliHarness bad = importTree();
        assertThat(bad.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(bad.out()).contains("activity/activity_2024_02.txt:5: not valid UTF-8");
    }

    private void prayer(String name, String id, String activity) throws Exception {
        Path p = archives.resolve("prayers/2024/01").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "Prayer " + id + " by Pat\nSubmitted January 06 2024 at " + name.substring(21, 23) + ":"
                + name.substring(23, 25) + "\n\nPlease pray for rain.\n\nActivity:\n" + activity);
    }

    private CliHarness importTree() {
        return CliHarness.run("--db", dir.resolve("thywill.db").toString(), "--archives", archives.toString(),
                "import", "text-archives", "--json");
    }

    private void migrate() {
        Path empty = dir.resolve("empty");
        assertThat(CliHarness.run("--db", dir.resolve("thywill.db").toString(), "--archives",
                dir.resolve("empty").toString(), "import", "text-archives", "--from", createdDir(empty).toString())
                .exitCode()).isEqualTo(ExitCode.OK);
    }

    private static Path createdDir(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("thywill.db"));
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private int count(String tableAndWhere) throws Exception {
        return DbCounts.count(dir.resolve("thywill.db"), tableAndWhere);
    }
}
