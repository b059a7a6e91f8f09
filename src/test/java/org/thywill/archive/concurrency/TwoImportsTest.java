package org.thywill.archive.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.Samples;

/**
 * Two {@code thywill import text-archives} of the same tree at once, as two JVMs on one database: both succeed
 * (one waits for the other's write lock within the busy timeout) and the database ends with every row once, no
 * duplicate: the state a single import reaches.
 */
class TwoImportsTest {

    @TempDir
    Path dir;

    @Test
    void twoImportsOfTheSameTreeAtOnceAddEveryRowOnce() throws Exception {
        Path db = Samples.copyDatabase("community", dir.resolve("thywill.db"));
        Path archives = Samples.copyArchives("community", dir.resolve("text_archives"));
        ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DELETE FROM prayermark");
            st.execute("DELETE FROM prayer_activity_log");
            st.execute("DELETE FROM prayer_attributes");
        }

        Process first = cli(db, archives);
        Process second = cli(db, archives);
        String firstOut = finish(first);
        String secondOut = finish(second);

        assertThat(first.exitValue()).as(firstOut).isZero();
        assertThat(second.exitValue()).as(secondOut).isZero();
        assertThat(ArchivePrecisionSnapshot.of(db)).isEqualTo(expected);
    }

    private Process cli(Path db, Path archives) throws Exception {
        // the second waits out the first's whole write: on a loaded machine that is longer than the default 10 s
        Path config = dir.resolve("patient.properties");
        Files.writeString(config, "thywill.sqlite.busy-timeout-ms = 300000\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.thywill.archive.cli.ThyWillCli",
                "--db", db.toString(), "--archives", archives.toString(), "--backups", dir.resolve("backups").toString(),
                "--config", config.toString(), "import", "text-archives"));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the import finished").isTrue();
        return out;
    }
}
