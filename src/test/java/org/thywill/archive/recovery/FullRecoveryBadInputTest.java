package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.backup.DatabaseRelease;
import org.thywill.archive.backup.LiveSwap;
import org.thywill.archive.backup.ReplacementLock;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.DbCounts;

/**
 * {@code full-recovery} on a database it must not touch: unreadable, corrupt, or locked by another connection past
 * the busy timeout. Each fails with a clear error; the live database is unchanged, no temp file is left, and the
 * stopped routes run again.
 */
class FullRecoveryBadInputTest {

    @TempDir
    Path dir;

    private final RecordingRoutes routes = new RecordingRoutes("archive-watcher");

    private FullRecoveryService service(RecoveryFixture f, int busyTimeoutMs) {
        RecoverySettings s = new RecoverySettings(f.database(), f.archives(), 64L << 20, 10_000, busyTimeoutMs,
                f.temp(), 10);
        return new FullRecoveryService(s, dir.resolve("backups"), routes, DatabaseRelease.NONE, Clock.systemUTC());
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Files.writeString(f.database(), "these are not the bytes of an SQLite database, but they are the user's\n");
        String sha = SqliteFacts.fileSha256(f.database());

        assertThatThrownBy(() -> service(f, 1000).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.REFUSED))
                .hasMessageStartingWith("full recovery refused: the pre-recovery backup of " + f.database() + " failed (")
                .hasMessageContaining("a database that cannot be backed up is not merged into")
                .hasMessageContaining("the database " + f.database() + " was not changed")
                .hasMessageContaining("routes started again: archive-watcher");
        assertUntouched(f, sha);
    }

    @Test
    void anSqliteFileThatIsNoThyWillDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Files.delete(f.database());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.database());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            st.execute("INSERT INTO notes (body) VALUES ('someone else''s data')");
        }
        String sha = SqliteFacts.fileSha256(f.database());

        assertThatThrownBy(() -> service(f, 1000).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.REFUSED))
                .hasMessageStartingWith("full recovery refused: the store refuses the copy of " + f.database() + ": ")
                .hasMessageContaining("the database " + f.database() + " was not changed; its pre-recovery backup is");
        assertThat(SqliteFacts.fileSha256(f.database())).isEqualTo(sha);
        assertThat(hidden(f)).isEmpty();
        assertThat(routes.events).containsExactly("stop archive-watcher", "start archive-watcher");
    }

    @Test
    void aCorruptDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        long pageSize;
        try (Connection c = SqliteFacts.openReadOnly(f.database()); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_size")) {
            pageSize = rs.getLong(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(f.database().toFile(), "rw")) {
            for (long page = 3; page < raf.length() / pageSize; page += 5) {
                raf.seek(page * pageSize + 8);
                raf.write(new byte[64]);
            }
        }
        String sha = SqliteFacts.fileSha256(f.database());

        assertThatThrownBy(() -> service(f, 1000).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.REFUSED))
                .hasMessageStartingWith("full recovery refused: the pre-recovery backup of " + f.database() + " failed (")
                .hasMessageContaining("was not changed");
        assertUntouched(f, sha);
    }

    @Test
    void aWriterHoldingTheLockPastTheBusyTimeoutKeepsEvenTheBackupOut() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 2)");
        String sha = SqliteFacts.fileSha256(f.database());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + f.database());
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");

            assertThatThrownBy(() -> service(f, 300).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                            e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.DATABASE_LOCKED))
                    .hasMessageStartingWith("database is locked by another process: " + f.database()
                            + " (the pre-recovery backup could not read it within 300 ms;")
                    .hasMessageContaining("the database " + f.database() + " was not changed")
                    .hasMessageNotContaining("pre-recovery backup is");
            st.execute("ROLLBACK");
        }
        assertUntouched(f, sha);
    }

    @Test
    void aLockHeldAtTheSwapFailsClearlyAndTheDatabaseKeepsItsRows() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Database.open(f.database()).close(); // the service's own file: WAL mode, where readers pass a writer's lock
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 2)");
        int marks = DbCounts.count(f.database(), "prayermark");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + f.database());
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");

            assertThatThrownBy(() -> service(f, 300).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                            e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.DATABASE_LOCKED))
                    .hasMessageStartingWith("database is locked by another process: " + f.database())
                    .hasMessageContaining("the database " + f.database() + " was not changed; its pre-recovery"
                            + " backup is " + dir.resolve("backups/pre_restore/thywill_pre_restore_"))
                    .hasMessageContaining("routes started again: archive-watcher");
            st.execute("ROLLBACK");
        }
        assertThat(DbCounts.count(f.database(), "prayermark")).isEqualTo(marks);
        assertThat(hidden(f)).isEmpty();
        assertThat(routes.stopped).isFalse();
    }

    @Test
    void aRestoreOfTheSameDatabaseUnderWayRefusesTheRecoveryBeforeAnythingStops() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 2)");
        String sha = SqliteFacts.fileSha256(f.database());
        Path target = LiveSwap.target(f.database());
        try (ReplacementLock restore = ReplacementLock.acquire(target, "restore")) {
            assertThatThrownBy(() -> service(f, 1000).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                            e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.DATABASE_LOCKED))
                    .hasMessageStartingWith("full recovery refused: another replacement of " + target
                            + " is running (pid " + ProcessHandle.current().pid() + ": restore since ")
                    .hasMessageEndingWith("; nothing was changed");
        }
        assertThat(SqliteFacts.fileSha256(f.database())).isEqualTo(sha);
        assertThat(routes.events).isEmpty();
        assertThat(dir.resolve("backups/pre_restore")).doesNotExist();

        assertThat(service(f, 1000).recover().swapped()).isTrue();
    }

    @Test
    void aWriteByAnotherProcessBetweenTheBackupAndTheSwapFailsTheSwapAndIsKept() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Database.open(f.database()).close();
        f.sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 2)");
        int marks = DbCounts.count(f.database(), "prayermark");
        // a writer that opens the file, writes and closes it while the merged copy is built: nothing holds the file
        // open at the swap, so only the content tells
        DatabaseRelease aShortLivedWriter = new DatabaseRelease() {
            @Override
            public <T> T whileReleased(java.util.function.Supplier<T> work) {
                try {
                    f.sql("INSERT INTO prayermark (id, username, prayer_id, created_at) SELECT 'a-foreign-write',"
                            + " username, prayer_id, '2026-11-22 10:00:00.000000' FROM prayermark LIMIT 1");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return work.get();
            }
        };
        RecoverySettings s = new RecoverySettings(f.database(), f.archives(), 64L << 20, 10_000, 1000, f.temp(), 10);

        assertThatThrownBy(() -> new FullRecoveryService(s, dir.resolve("backups"), routes, aShortLivedWriter,
                Clock.systemUTC()).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.DATABASE_LOCKED))
                .hasMessageStartingWith("database is locked by another process: " + f.database() + " (another"
                        + " process wrote to it after its backup was taken")
                .hasMessageContaining("the database " + f.database() + " was not changed");
        assertThat(DbCounts.count(f.database(), "prayermark")).as("the write is kept").isEqualTo(marks + 1);
        assertThat(hidden(f)).isEmpty();
        assertThat(routes.events).containsExactly("stop archive-watcher", "start archive-watcher");
    }

    @Test
    void aMissingArchiveTreeIsRefusedBeforeAnythingStops() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        RecoverySettings s = new RecoverySettings(f.database(), dir.resolve("nowhere"), 64L << 20, 10_000, 1000,
                f.temp(), 10);
        String sha = SqliteFacts.fileSha256(f.database());

        assertThatThrownBy(() -> new FullRecoveryService(s, dir.resolve("backups"), routes, DatabaseRelease.NONE,
                Clock.systemUTC()).recover()).isInstanceOf(FullRecoveryException.class)
                .hasMessage("full recovery refused: archive directory not found: " + dir.resolve("nowhere")
                        + "; nothing was changed");
        assertThat(SqliteFacts.fileSha256(f.database())).isEqualTo(sha);
        assertThat(routes.events).isEmpty();
    }

    @Test
    void aNewDatabaseThatCannotBeCreatedFailsClearlyAndLeavesNothing() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "a file where the database's folder should be\n");
        Path db = notAFolder.resolve("thywill.db");
        RecoverySettings s = new RecoverySettings(db, f.archives(), 64L << 20, 10_000, 1000, f.temp(), 10);

        assertThatThrownBy(() -> new FullRecoveryService(s, dir.resolve("backups"), routes, DatabaseRelease.NONE,
                Clock.systemUTC()).recover()).isInstanceOfSatisfying(FullRecoveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(FullRecoveryException.Reason.FAILED))
                .hasMessageStartingWith("full recovery failed: cannot lock " + db + "-replace.lock: ")
                .hasMessageEndingWith("; nothing was changed");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the database's folder should be\n");
        assertThat(routes.events).as("refused before anything stopped").isEmpty();
    }

    private void assertUntouched(RecoveryFixture f, String sha) throws Exception {
        assertThat(SqliteFacts.fileSha256(f.database())).isEqualTo(sha);
        assertThat(hidden(f)).isEmpty();
        assertThat(routes.stopped).isFalse();
        assertThat(routes.events).containsExactly("stop archive-watcher", "start archive-watcher");
        if (Files.isDirectory(dir.resolve("backups/pre_restore"))) {
            try (Stream<Path> s = Files.list(dir.resolve("backups/pre_restore"))) {
                assertThat(s.toList()).as("no backup kept under a final name").isEmpty();
            }
        }
    }

    /** Temp files (hidden names) beside the database. */
    private static List<String> hidden(RecoveryFixture f) throws Exception {
        try (Stream<Path> s = Files.list(f.database().getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }
}
