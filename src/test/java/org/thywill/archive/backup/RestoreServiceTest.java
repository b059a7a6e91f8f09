package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SchemaMigration;

/**
 * restore on real SQLite files: equal to the source afterwards, a verified pre-restore copy, no stale WAL replayed,
 * and every bad backup or locked target refused with the live database unchanged and no temp file left.
 */
class RestoreServiceTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T03:44:05Z"), ZoneOffset.UTC);
    private static final String PRE_RESTORE_NAME = "thywill_pre_restore_20261122_034405.db";

    @TempDir
    Path dir;

    private Path source;
    private Path backup;
    private Path live;

    @BeforeEach
    void takeABackupOfTheSource() throws Exception {
        source = Files.createDirectories(dir.resolve("source")).resolve("thywill.db");
        try (Database db = LiveDatabases.withLoad(source, 30, 20, 50)) {
            db.runInTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO user (display_name, created_at, welcome_message_dismissed, is_supporter)"
                            + " VALUES ('Joy at Dawn', '2024-06-05 09:07:00.000000', 0, 0)");
                }
            });
        }
        backup = new BackupTaker(source, dir.resolve("backups"), 10_000, FIXED).take(BackupTier.DAILY).file();
        live = dir.resolve("live/thywill.db");
    }

    private RestoreService service() {
        return service(RouteSwitch.NONE, DatabaseRelease.NONE, 2_000);
    }

    private RestoreService service(RouteSwitch routes, DatabaseRelease release, int busyTimeoutMs) {
        return new RestoreService(live, dir.resolve("backups"), busyTimeoutMs, routes, release, FIXED);
    }

    /** A live database whose content differs from the source's. */
    private void liveWithOtherContent() throws Exception {
        Files.createDirectories(live.getParent());
        LiveDatabases.withLoad(live, 3, 7, 10).close();
    }

    @Test
    void aBackupRestoredIntoAFreshPlaceEqualsTheSource() throws Exception {
        RestoreReport r = service().restore(backup, false);

        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
        assertThat(r.command()).isEqualTo("restore");
        assertThat(r.restoredFrom()).isEqualTo(backup);
        assertThat(r.database()).isEqualTo(live);
        assertThat(r.sha256()).isEqualTo(Sha256Sidecar.hash(backup));
        assertThat(r.sizeBytes()).isEqualTo(Files.size(backup));
        assertThat(r.previousBytes()).isNull();
        assertThat(r.preRestoreBackup()).isNull();
        assertThat(r.preRestoreNote()).isEqualTo("no database at " + live + ": nothing to keep");
        assertThat(r.removed()).isEmpty();
        assertThat(r.problems()).isEmpty();
        assertThat(r.schema()).isNull();
        assertThat(BackupTakerTest.files(live.getParent())).containsExactly("thywill.db", "thywill.db-replace.lock");
        assertThat(dir.resolve("backups/pre_restore")).doesNotExist();
        try (Database reopened = Database.open(live)) {
            assertThat(reopened.migration().openedAs()).isEqualTo(SchemaMigration.OpenedAs.MANAGED);
        }
    }

    @Test
    void aRestoreOverALiveDatabaseWithOtherContentLeavesTheBackupsContentAndAVerifiedPreRestoreCopy()
            throws Exception {
        liveWithOtherContent();
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(live);
        assertThat(before).isNotEqualTo(LiveDatabases.content(source));
        long sizeBefore = Files.size(live);

        RestoreReport r = service().restore(backup, false);

        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
        Path pre = dir.resolve("backups/pre_restore/" + PRE_RESTORE_NAME);
        assertThat(r.preRestoreBackup()).isEqualTo(pre);
        assertThat(r.preRestoreNote()).isNull();
        assertThat(r.previousBytes()).isEqualTo(sizeBefore);
        assertThat(new BackupVerifier().verify(pre, false).problems()).isEmpty();
        assertThat(LiveDatabases.content(pre)).isEqualTo(before);
        assertThat(BackupTakerTest.files(live.getParent())).containsExactly("thywill.db", "thywill.db-replace.lock");
    }

    @Test
    void aStaleWalOfTheLiveDatabaseIsNeverReplayedOntoTheRestoredFile() throws Exception {
        liveWithOtherContent();
        writeFramesLeftInTheWal(live);
        Path wal = live.resolveSibling("thywill.db-wal");
        long walBytes = Files.size(wal);
        assertThat(walBytes).as("un-checkpointed frames").isPositive();
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(copyOfFolder(live, "as-it-was"));
        assertThat(before.get("stale")).hasSize(50);
        // The original's restore: the backup copied over the file, the -wal and -shm left where they were.
        Path naive = copyOfFolder(live, "naive");
        Files.copy(backup, naive, StandardCopyOption.REPLACE_EXISTING);
        assertThat(contentOrError(naive)).as("what the original's restore gives: the old WAL replayed onto it")
                .isNotEqualTo(LiveDatabases.content(source));

        RestoreReport r = service().restore(backup, false);

        assertThat(r.removed()).contains("thywill.db-wal (0 bytes)");
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
        assertThat(LiveDatabases.content(r.preRestoreBackup())).as("the pre-restore copy has what the WAL held")
                .isEqualTo(before);
    }

    @Test
    void aBackupWithOneFlippedByteIsRefused() throws Exception {
        liveWithOtherContent();
        Map<String, String> before = folder(live.getParent());
        flipOneByte(backup);

        assertRefused(RestoreException.Reason.BACKUP_REJECTED, "checksum mismatch: the file's SHA-256 is");
        assertThat(folder(live.getParent())).isEqualTo(before);
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        liveWithOtherContent();
        Map<String, String> before = folder(live.getParent());
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }

        assertRefused(RestoreException.Reason.BACKUP_REJECTED, "truncated: the header declares");
        assertThat(folder(live.getParent())).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotSqliteIsRefused() throws Exception {
        liveWithOtherContent();
        Map<String, String> before = folder(live.getParent());
        Files.writeString(backup, "hello, this is not a database\n");
        Files.writeString(backup.resolveSibling(backup.getFileName() + ".sha256"),
                Sha256Sidecar.hash(backup) + "  " + backup.getFileName() + "\n");

        assertRefused(RestoreException.Reason.BACKUP_REJECTED,
                "not an SQLite database (its first bytes are not the 'SQLite format 3' header)");
        assertThat(folder(live.getParent())).isEqualTo(before);
    }

    @Test
    void aBackupWhoseSidecarBelongsToAnotherFileIsRefused() throws Exception {
        liveWithOtherContent();
        Map<String, String> before = folder(live.getParent());
        Path other = backup.resolveSibling("thywill_daily_20261121_020000.db");
        Files.copy(backup, other);
        Files.copy(backup.resolveSibling(backup.getFileName() + ".sha256"),
                other.resolveSibling(other.getFileName() + ".sha256"));
        backup = other;

        assertRefused(RestoreException.Reason.BACKUP_REJECTED, "the checksum sidecar belongs to another file: "
                + "thywill_daily_20261121_020000.db.sha256 names 'thywill_daily_20261122_034405.db'");
        assertThat(folder(live.getParent())).isEqualTo(before);
    }

    @Test
    void aSoundBackupOfAnotherApplicationsDatabaseIsRefusedAfterThePreRestoreCopy() throws Exception {
        liveWithOtherContent();
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(live);
        Path foreign = dir.resolve("foreign/app.db");
        Files.createDirectories(foreign.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
            st.execute("INSERT INTO note (text) VALUES ('not ThyWill')");
        }
        backup = new BackupTaker(foreign, dir.resolve("foreign-backups"), 10_000, FIXED).take(BackupTier.DAILY).file();

        assertRefused(RestoreException.Reason.BACKUP_REJECTED,
                "it is not a ThyWill database: it lacks the table(s) [user, prayer]; the database " + live
                        + " was not changed; its pre-restore copy is " + dir.resolve("backups/pre_restore/"
                        + PRE_RESTORE_NAME));
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(before);
    }

    @Test
    void aBackupWhoseTablesLackColumnsTheServiceNeedsIsRefused() throws Exception {
        liveWithOtherContent();
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(live);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE prayer DROP COLUMN text_file_path");
        }
        backup = new BackupTaker(source, dir.resolve("later"), 10_000, FIXED).take(BackupTier.DAILY).file();

        assertRefused(RestoreException.Reason.BACKUP_REJECTED, "restore refused: " + backup + ": its tables lack"
                + " column(s) the store needs, so the service could not open it: [prayer.text_file_path]");
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(before);
    }

    @Test
    void aTargetLockedByAnotherConnectionsWriteTransactionPastTheBusyTimeoutIsAClearErrorAndChangesNothing()
            throws Exception {
        liveWithOtherContent();
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(live);
        byte[] fileBefore = Files.readAllBytes(live);
        RecordingRoutes routes = new RecordingRoutes();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + live);
             Statement st = other.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("BEGIN EXCLUSIVE");
            st.execute("INSERT INTO load (grp, i, payload) VALUES (99, 0, 'uncommitted')");
            long start = System.nanoTime();

            assertThatThrownBy(() -> service(routes, DatabaseRelease.NONE, 300).restore(backup, false))
                    .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                            .isEqualTo(RestoreException.Reason.DATABASE_LOCKED))
                    .hasMessageStartingWith("database is locked by another process: " + live
                            + " (it was still in use after waiting 300 ms;")
                    .hasMessageContaining("; the database " + live + " was not changed; its pre-restore copy is "
                            + dir.resolve("backups/pre_restore/" + PRE_RESTORE_NAME)
                            + "; routes started again: import-drop, archive-watcher");
            assertThat((System.nanoTime() - start) / 1_000_000).as("waited the busy timeout").isGreaterThanOrEqualTo(300);
            assertThat(Files.readAllBytes(live)).isEqualTo(fileBefore);
            assertThat(BackupTakerTest.files(live.getParent())).allMatch(n -> n.startsWith("thywill.db"));
            st.execute("ROLLBACK");
        }
        assertThat(routes.calls).containsExactly("stop", "start [archive-watcher, import-drop]");
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(before);
    }

    @Test
    void aFullRecoveryOfTheSameDatabaseUnderWayRefusesTheRestoreBeforeAnythingStops() throws Exception {
        liveWithOtherContent();
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(live);
        RecordingRoutes routes = new RecordingRoutes();
        try (ReplacementLock recovery = ReplacementLock.acquire(LiveSwap.target(live), "full-recovery")) {
            assertThatThrownBy(() -> service(routes, DatabaseRelease.NONE, 2_000).restore(backup, false))
                    .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                            .isEqualTo(RestoreException.Reason.DATABASE_LOCKED))
                    .hasMessageStartingWith("restore refused: another replacement of " + live
                            + " is running (pid " + ProcessHandle.current().pid() + ": full-recovery since ")
                    .hasMessageEndingWith("; nothing was changed");
        }
        assertThat(routes.calls).isEmpty();
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(before);
        assertThat(dir.resolve("backups/pre_restore")).doesNotExist();

        service(routes, DatabaseRelease.NONE, 2_000).restore(backup, false);
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
    }

    @Test
    void aWriteByAnotherProcessAfterThePreRestoreBackupFailsTheSwapAndIsKept() throws Exception {
        liveWithOtherContent();
        RecordingRoutes routes = new RecordingRoutes();
        // opens the file, writes and closes it after the pre-restore copy was taken: at the swap nothing has the file
        // open, so only its content tells that the write would be lost (it is in neither the copy nor the backup)
        DatabaseRelease aShortLivedWriter = new DatabaseRelease() {
            @Override
            public <T> T whileReleased(Supplier<T> work) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live);
                     Statement st = c.createStatement()) {
                    st.execute("INSERT INTO load (grp, i, payload) VALUES (99, 0, 'written during the restore')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return work.get();
            }
        };

        assertThatThrownBy(() -> service(routes, aShortLivedWriter, 2_000).restore(backup, false))
                .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                        .isEqualTo(RestoreException.Reason.DATABASE_LOCKED))
                .hasMessageStartingWith("database is locked by another process: " + live + " (another process"
                        + " wrote to it after its backup was taken")
                .hasMessageContaining("; the database " + live + " was not changed; its pre-restore copy is ");
        assertThat(LiveDatabases.contentAsOpened(live).toString()).contains("written during the restore");
        assertThat(routes.calls).containsExactly("stop", "start [archive-watcher, import-drop]");
    }

    @Test
    void aTargetThatAnotherConnectionKeepsOpenIsNotSwappedUnderIt() throws Exception {
        liveWithOtherContent();
        Map<String, List<String>> before = LiveDatabases.contentAsOpened(live);
        try (Connection idle = DriverManager.getConnection("jdbc:sqlite:" + live);
             Statement st = idle.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.executeQuery("SELECT count(*) FROM load").close();

            assertThatThrownBy(() -> service(RouteSwitch.NONE, DatabaseRelease.NONE, 200).restore(backup, false))
                    .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                            .isEqualTo(RestoreException.Reason.DATABASE_LOCKED))
                    .hasMessageContaining("database is locked by another process: " + live);
        }
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(before);
        assertThat(BackupTakerTest.files(live.getParent())).allMatch(n -> n.startsWith("thywill.db"));
    }

    @Test
    void aTargetThatAnotherProcessHasOpenWithoutALockIsNotSwappedUnderIt() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        liveWithOtherContent();
        String before = Sha256Sidecar.hash(live);
        Process holder = new ProcessBuilder("sleep", "60").redirectInput(live.toFile()).start();
        try {
            assertThatThrownBy(() -> service().restore(backup, false))
                    .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                            .isEqualTo(RestoreException.Reason.DATABASE_LOCKED))
                    .hasMessageStartingWith("database is locked by another process: " + live + " (process "
                            + holder.pid() + " (sleep 60) has it open;");
        } finally {
            holder.destroy();
            holder.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(Sha256Sidecar.hash(live)).isEqualTo(before);
        assertThat(BackupTakerTest.files(live.getParent())).allMatch(n -> n.startsWith("thywill.db"));
    }

    @Test
    void theRoutesAreStoppedBeforeThePreRestoreCopyAndTheSwapHappensWithTheDatabaseReleased() throws Exception {
        liveWithOtherContent();
        RecordingRoutes routes = new RecordingRoutes();
        List<String> seen = new ArrayList<>();
        DatabaseRelease release = new DatabaseRelease() {
            @Override
            public <T> T whileReleased(Supplier<T> work) {
                seen.add("released; pre-restore copy there: "
                        + Files.exists(dir.resolve("backups/pre_restore/" + PRE_RESTORE_NAME)) + "; routes: "
                        + routes.calls);
                T result = work.get();
                seen.add("swapped: " + Files.exists(live));
                return result;
            }
        };

        RestoreReport r = service(routes, release, 2_000).restore(backup, false);

        assertThat(seen).containsExactly("released; pre-restore copy there: true; routes: [stop]", "swapped: true");
        assertThat(routes.calls).containsExactly("stop", "start [archive-watcher, import-drop]");
        assertThat(r.routesStopped()).containsExactly("archive-watcher", "import-drop");
        assertThat(r.routesRestarted()).containsExactly("import-drop", "archive-watcher");
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
    }

    @Test
    void aRouteThatWillNotStartAgainIsReportedAsAProblem() throws Exception {
        RecordingRoutes routes = new RecordingRoutes();
        routes.failing = "import-drop";

        RestoreReport r = service(routes, DatabaseRelease.NONE, 2_000).restore(backup, false);

        assertThat(r.routesRestarted()).containsExactly("archive-watcher");
        assertThat(r.problems()).containsExactly("route import-drop did not start again: boom");
        assertThat(r.hasProblems()).isTrue();
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
    }

    @Test
    void theLiveDatabaseItselfIsNotRestoredOverItself() throws Exception {
        liveWithOtherContent();
        Map<String, String> before = folder(live.getParent());
        backup = live;

        assertThatThrownBy(() -> service().restore(live, true)).isInstanceOf(RestoreException.class)
                .hasMessage("restore refused: " + live + " is the live database itself; nothing was changed");
        assertThat(folder(live.getParent())).isEqualTo(before);
    }

    @Test
    void aLiveDatabaseThatCannotBeBackedUpIsNotReplaced() throws Exception {
        Files.createDirectories(live.getParent());
        Files.writeString(live, "a damaged database\n");

        assertThatThrownBy(() -> service().restore(backup, false))
                .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                        .isEqualTo(RestoreException.Reason.FAILED))
                .hasMessageStartingWith("the pre-restore backup of " + live + " failed (")
                .hasMessageContaining("a database that cannot be backed up is not replaced: move it away first;"
                        + " the database " + live + " was not changed; no route had to be stopped");
        assertThat(Files.readString(live)).isEqualTo("a damaged database\n");
        assertThat(BackupTakerTest.files(live.getParent())).containsExactly("thywill.db", "thywill.db-replace.lock");
    }

    @Test
    void aDatabaseReachedThroughASymbolicLinkIsReplacedWhereItReallyIs() throws Exception {
        Path real = Files.createDirectories(dir.resolve("data")).resolve("thywill.db");
        LiveDatabases.withLoad(real, 3, 7, 10).close();
        Files.createDirectories(live.getParent());
        Files.createSymbolicLink(live, real);

        RestoreReport r = service().restore(backup, false);

        assertThat(r.database()).isEqualTo(real);
        assertThat(Files.isSymbolicLink(live)).isTrue();
        assertThat(LiveDatabases.contentAsOpened(real)).isEqualTo(LiveDatabases.content(source));
        assertThat(BackupTakerTest.files(real.getParent())).containsExactly("thywill.db", "thywill.db-replace.lock");
    }

    @Test
    void aLeftoverWalWithoutItsDatabaseIsRemovedBeforeTheBackupTakesTheName() throws Exception {
        Files.createDirectories(live.getParent());
        Files.write(live.resolveSibling("thywill.db-wal"), new byte[4096]);

        RestoreReport r = service().restore(backup, false);

        assertThat(r.removed()).containsExactly("thywill.db-wal (4096 bytes)");
        assertThat(BackupTakerTest.files(live.getParent())).containsExactly("thywill.db", "thywill.db-replace.lock");
        assertThat(LiveDatabases.contentAsOpened(live)).isEqualTo(LiveDatabases.content(source));
    }

    private void assertRefused(RestoreException.Reason reason, String problem) throws Exception {
        assertThatThrownBy(() -> service().restore(backup, false))
                .isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(problem);
        assertThat(BackupTakerTest.files(live.getParent())).as("no temp file left")
                .allMatch(n -> n.equals("thywill.db") || n.startsWith("thywill.db-"));
    }

    /**
     * Rows committed to the WAL and never checkpointed: a writer commits while a read-only connection is open, so
     * the writer's close is not the last and does not checkpoint; the read-only one cannot checkpoint when it closes.
     */
    static void writeFramesLeftInTheWal(Path db) throws SQLException {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA wal_autocheckpoint=0");
                st.execute("CREATE TABLE stale (n INTEGER)");
                for (int i = 0; i < 50; i++) {
                    st.execute("INSERT INTO stale VALUES (" + i + ")");
                }
                st.execute("UPDATE load SET payload = 'changed after the last checkpoint'");
            }
            Connection second = readOnly.createConnection("jdbc:sqlite:" + db);
            try (second) {
                second.createStatement().executeQuery("SELECT count(*) FROM stale").close();
                writer.close();
            }
        }
    }

    /** A copy of {@code db}'s folder (the database with its -wal and -shm) as {@code <name>/thywill.db}. */
    private Path copyOfFolder(Path db, String name) throws Exception {
        Path to = Files.createDirectories(dir.resolve(name));
        for (String f : BackupTakerTest.files(db.getParent())) {
            Files.copy(db.resolveSibling(f), to.resolve(f));
        }
        return to.resolve(db.getFileName());
    }

    private static Object contentOrError(Path db) {
        try {
            return LiveDatabases.contentAsOpened(db);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** Every file of a folder with the SHA-256 of its bytes. */
    private static Map<String, String> folder(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String f : BackupTakerTest.files(folder)) {
            files.put(f, Sha256Sidecar.hash(folder.resolve(f)));
        }
        return files;
    }

    static void flipOneByte(Path file) throws Exception {
        long middle = Files.size(file) / 2;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(middle);
            int b = f.read();
            f.seek(middle);
            f.write(b ^ 0x01);
        }
    }

    /** Two routes that are "started": records the calls, and can fail to start one. */
    static final class RecordingRoutes implements RouteSwitch {
        final List<String> calls = new ArrayList<>();
        String failing;

        @Override
        public List<String> stopStarted() {
            calls.add("stop");
            return List.of("archive-watcher", "import-drop");
        }

        @Override
        public Restart start(List<String> stopped) {
            calls.add("start " + stopped.stream().sorted().toList());
            List<String> started = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int i = stopped.size() - 1; i >= 0; i--) {
                if (stopped.get(i).equals(failing)) {
                    problems.add("route " + failing + " did not start again: boom");
                } else {
                    started.add(stopped.get(i));
                }
            }
            return new Restart(List.copyOf(started), List.copyOf(problems));
        }
    }
}
