package org.thywill.archive.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.cli.ExitCode;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.ArchiveTrees;
import org.thywill.archive.testing.DbCounts;
import org.thywill.archive.testing.Samples;

/**
 * The database locked by another connection ({@code BEGIN EXCLUSIVE}) for longer than the busy timeout (200 ms
 * here) while {@code import text-archives}, {@code heal-archives} or {@code backup} runs: the command fails with
 * "database is locked" naming the database, changes nothing (no partial import batch, no archive file, no backup
 * under a final name), and the same command succeeds once the lock is released.
 */
class DatabaseLockedTest {

    @TempDir
    Path dir;

    private Path db;
    private Path archives;
    private Path backups;
    private Path config;

    @BeforeEach
    void copySample() throws Exception {
        db = Samples.copyDatabase("tiny", dir.resolve("thywill.db"));
        archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        backups = dir.resolve("backups");
        config = Files.writeString(dir.resolve("fast.properties"), "thywill.sqlite.busy-timeout-ms = 200\n");
    }

    @Test
    void importFailsWholeAndTheRetryImportsEverything() throws Exception {
        ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(db);
        exec("DELETE FROM prayermark");
        byte[] before = Files.readAllBytes(db);

        Cli locked;
        try (Locked lock = Locked.exclusive(db)) {
            locked = Cli.run(db, archives, backups, config, "import", "text-archives");
        }
        assertThat(locked.exitCode()).as(locked.printed()).isNotZero();
        assertThat(locked.out() + locked.err()).as(locked.printed()).contains("database is locked").contains(db.toString());
        assertThat(Files.readAllBytes(db)).as("the database is unchanged").isEqualTo(before);

        Cli retry = Cli.run(db, archives, backups, config, "import", "text-archives");
        assertThat(retry.exitCode()).as(retry.printed()).isZero();
        assertThat(ArchivePrecisionSnapshot.of(db)).isEqualTo(expected);
    }

    @Test
    void healFailsWithoutTouchingTheArchivesAndTheRetryHeals() throws Exception {
        deleteTree(archives.resolve("prayers"));
        Map<String, String> before = ArchiveTrees.state(archives);

        Cli locked;
        try (Locked lock = Locked.exclusive(db)) {
            locked = Cli.run(db, archives, backups, config, "heal-archives");
        }
        assertThat(locked.exitCode()).as(locked.printed()).isNotZero();
        assertThat(locked.out() + locked.err()).as(locked.printed()).contains("database is locked").contains(db.toString());
        assertThat(ArchiveTrees.state(archives)).as("the archive tree is unchanged").isEqualTo(before);

        Cli retry = Cli.run(db, archives, backups, config, "heal-archives");
        assertThat(retry.exitCode()).as(retry.printed()).isZero();
        assertThat(Samples.read(archives.resolve(firstPrayer())))
                .isEqualTo(Samples.read(Samples.archives("tiny").resolve(firstPrayer())));
    }

    @Test
    void backupFailsWithNothingUnderAFinalNameAndTheRetryIsKept() throws Exception {
        Cli locked;
        try (Locked lock = Locked.exclusive(db)) {
            locked = Cli.run(db, archives, backups, config, "backup");
        }
        assertThat(locked.exitCode()).as(locked.printed()).isNotZero();
        assertThat(locked.out() + locked.err()).as(locked.printed()).contains("database is locked").contains(db.toString());
        assertThat(filesUnder(backups)).as("nothing kept in the backups folder").isEmpty();

        Cli retry = Cli.run(db, archives, backups, config, "backup");
        assertThat(retry.exitCode()).as(retry.printed()).isZero();
        assertThat(filesUnder(backups)).isNotEmpty();
        Cli verify = Cli.run(db, archives, backups, config, "verify", filesUnder(backups).stream()
                .filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow().toString());
        assertThat(verify.exitCode()).as(verify.printed()).isZero();
    }

    private String firstPrayer() throws Exception {
        try (Stream<Path> s = Files.walk(Samples.archives("tiny").resolve("prayers"))) {
            return Samples.relative(s.filter(Files::isRegularFile).sorted().findFirst().orElseThrow());
        }
    }

    private void exec(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
        assertThat(DbCounts.count(db, "prayermark")).isZero();
    }

    static java.util.List<Path> filesUnder(Path root) throws Exception {
        if (!Files.exists(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static void deleteTree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Another connection holding the database's exclusive lock until closed. */
    record Locked(Connection connection) implements AutoCloseable {

        static Locked exclusive(Path db) throws Exception {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
            try (Statement st = c.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
            }
            return new Locked(c);
        }

        @Override
        public void close() throws Exception {
            try (Statement st = connection.createStatement()) {
                st.execute("ROLLBACK");
            } finally {
                connection.close();
            }
        }
    }
}
