package org.thywill.archive.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.cli.ThyWillCli;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.Samples;

/**
 * A {@code backup} taken while {@code import text-archives} runs in another JVM and holds its write lock: the backup verifies, and it is a
 * consistent state of the import (whole files, whole batches): importing the same tree into a copy of it reaches
 * exactly the state the import itself reaches, with no duplicate and nothing missing.
 */
class BackupDuringImportTest {

    @TempDir
    Path dir;

    @Test
    void aBackupDuringAnImportVerifiesAndIsAConsistentStateOfIt() throws Exception {
        Path db = Samples.copyDatabase("community", dir.resolve("thywill.db"));
        Path archives = Samples.copyArchives("community", dir.resolve("text_archives"));
        ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DELETE FROM prayermark");
            st.execute("DELETE FROM prayer_activity_log");
            st.execute("DELETE FROM prayer_attributes");
        }
        Path backups = dir.resolve("backups");

        Process importing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.thywill.archive.cli.ThyWillCli",
                "--db", db.toString(), "--archives", archives.toString(), "--backups", backups.toString(),
                "import", "text-archives").directory(dir.toFile()).redirectErrorStream(true).start();
        boolean overlapped = awaitWriting(db, importing);
        String[] backup = cli(db, archives, backups, "backup");
        assertThat(overlapped).as("the backup started while the import held its write lock").isTrue();
        String importOut = new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(importing.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(importing.exitValue()).as(importOut).isZero();
        assertThat(backup[0]).as(backup[1]).isEqualTo("0");
        assertThat(ArchivePrecisionSnapshot.of(db)).isEqualTo(expected);

        Path kept = backupFile(backups);
        String[] verify = cli(db, archives, backups, "verify", kept.toString());
        assertThat(verify[0]).as(verify[1]).isEqualTo("0");
        Path restored = Files.copy(kept, dir.resolve("restored.db"));
        String[] completed = cli(restored, archives, dir.resolve("other-backups"), "import", "text-archives");
        assertThat(completed[0]).as(completed[1]).isEqualTo("0");
        assertThat(ArchivePrecisionSnapshot.of(restored)).isEqualTo(expected);
    }

    /**
     * Waits until the import in {@code importing} holds the write lock of {@code db} (a write transaction of the probe
     * is refused at once); false when the import ended or two minutes passed first. The database is in WAL mode, so
     * no rollback journal shows the write.
     */
    private static boolean awaitWriting(Path db, Process importing) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = probe.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            while (importing.isAlive() && System.nanoTime() < deadline) {
                try {
                    st.execute("BEGIN IMMEDIATE");
                    st.execute("ROLLBACK");
                } catch (SQLException busy) {
                    return busy.getMessage().contains("SQLITE_BUSY") && importing.isAlive();
                }
                Thread.sleep(5);
            }
        }
        return false;
    }

    private static Path backupFile(Path backups) throws Exception {
        try (Stream<Path> s = Files.walk(backups)) {
            List<Path> dbs = s.filter(p -> p.getFileName().toString().endsWith(".db")).toList();
            assertThat(dbs).hasSize(1);
            return dbs.get(0);
        }
    }

    /** Runs the CLI in this JVM: exit code and everything printed. */
    private static String[] cli(Path db, Path archives, Path backups, String... args) {
        String[] all = Stream.concat(Stream.of("--db", db.toString(), "--archives", archives.toString(),
                "--backups", backups.toString()), Stream.of(args)).toArray(String[]::new);
        StringWriter out = new StringWriter();
        int code = ThyWillCli.execute(all, new PrintWriter(out, true), new PrintWriter(out, true));
        return new String[] {String.valueOf(code), out.toString()};
    }
}
