package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;

/** The snapshot of a live WAL-mode database is a self-contained rollback-journal file. */
class BackupSnapshotTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T03:44:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theCopyOfAWalDatabaseIsInRollbackModeAndOpensWithoutSideFiles() throws Exception {
        Path live = dir.resolve("thywill.db");
        try (Database db = LiveDatabases.withLoad(live, 20, 20, 50)) {
            assertThat(headerVersions(live)).as("the live database runs in WAL mode").containsExactly(2, 2);
            // rows still in the live WAL, not yet checkpointed into the file, are in the copy
            LiveDatabases.insertGroup(db, 99, 7, 10);
            BackupResult r = new BackupTaker(live, dir.resolve("backups"), 10_000, FIXED).take(BackupTier.DAILY);

            assertThat(headerVersions(r.file())).containsExactly(1, 1);
            assertThat(r.tables()).containsEntry("load", 20L * 20 + 7);
            assertThat(BackupTakerTest.files(r.file().getParent())).containsExactly(r.file().getFileName().toString(),
                    r.file().getFileName() + ".manifest.json", r.file().getFileName() + ".sha256");

            // an ordinary read-only open (not immutable) in a folder nobody may write: no -wal/-shm is needed
            Path folder = Files.createDirectories(dir.resolve("read-only"));
            Path copy = Files.copy(r.file(), folder.resolve("copy.db"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toUri() + "?mode=ro");
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM load")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(20L * 20 + 7);
            } finally {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            assertThat(BackupTakerTest.files(folder)).containsExactly("copy.db");
            assertThat(new BackupVerifier().verify(r.file(), false).problems()).isEmpty();
        }
    }

    @Test
    void cleanupRemovesWhatAnInterruptedSnapshotLeftBehind() throws Exception {
        Path daily = Files.createDirectories(dir.resolve("backups/daily"));
        Path temp = Files.writeString(daily.resolve(".thywill_daily_20261120_020000.0123456789abcdef.tmp"), "half");
        Path journal = Files.writeString(daily.resolve(".thywill_daily_20261120_020000.0123456789abcdef.tmp-journal"), "j");
        for (Path p : java.util.List.of(temp, journal)) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(FIXED.instant().minus(java.time.Duration.ofDays(2))));
        }
        CleanupReport r = new BackupCleaner(dir.resolve("backups"), new BackupVerifier(), FIXED).cleanup(false);
        assertThat(r.staleTemps()).containsExactlyInAnyOrder("daily/" + temp.getFileName(), "daily/" + journal.getFileName());
        assertThat(BackupTakerTest.files(daily)).isEmpty();
    }

    private static int[] headerVersions(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(18);
            return new int[] {f.read(), f.read()};
        }
    }
}
