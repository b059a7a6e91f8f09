package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time of the last good backup of each tier, as read from the backup folders. */
class LastGoodBackupTest {

    private static final Instant NOW = BackupsAtFixedTimes.NOW;

    @TempDir
    Path dir;

    private BackupsAtFixedTimes backups;
    private Path live;
    private Path root;

    @BeforeEach
    void database() {
        backups = new BackupsAtFixedTimes(dir, 3);
        live = backups.live;
        root = backups.root;
    }

    private BackupResult backupAt(Duration ago, BackupTier tier) {
        return backups.take(ago, tier);
    }

    private BackupListing list(boolean full) throws Exception {
        return new BackupLister(root, new BackupVerifier(), Clock.fixed(NOW, ZoneOffset.UTC)).list(full);
    }

    @Test
    void theNewestBackupOfEachTierIsItsLastGoodOne() throws Exception {
        backupAt(Duration.ofHours(5), BackupTier.HOURLY);
        BackupResult newest = backupAt(Duration.ofMinutes(20), BackupTier.HOURLY);
        backupAt(Duration.ofHours(3), BackupTier.HOURLY);
        BackupResult daily = backupAt(Duration.ofDays(2), BackupTier.DAILY);

        Map<String, LastGoodBackup> last = list(false).lastGood();
        assertThat(last).containsOnlyKeys("hourly", "daily", "weekly");
        assertThat(last.get("hourly")).isEqualTo(new LastGoodBackup("hourly", newest.file().getFileName().toString(),
                newest.file(), NOW.minus(Duration.ofMinutes(20)), 20 * 60));
        assertThat(last.get("daily").file()).isEqualTo(daily.file());
        assertThat(last.get("daily").createdAt()).isEqualTo(NOW.minus(Duration.ofDays(2)));
        assertThat(last.get("weekly")).isNull();
    }

    @Test
    void aDamagedNewerBackupDoesNotHideAnOlderGoodOne() throws Exception {
        BackupResult good = backupAt(Duration.ofHours(4), BackupTier.DAILY);
        BackupResult truncated = backupAt(Duration.ofHours(3), BackupTier.DAILY);
        try (RandomAccessFile f = new RandomAccessFile(truncated.file().toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        BackupResult noSidecar = backupAt(Duration.ofHours(2), BackupTier.DAILY);
        Files.delete(noSidecar.file().resolveSibling(noSidecar.file().getFileName() + ".sha256"));
        BackupResult flipped = backupAt(Duration.ofHours(1), BackupTier.DAILY);
        try (RandomAccessFile f = new RandomAccessFile(flipped.file().toFile(), "rw")) {
            f.seek(2000);
            int b = f.read();
            f.seek(2000);
            f.write(b ^ 0x40);
        }

        // the quick check (what the health check and JMX read) sees the truncation and the missing sidecar...
        assertThat(list(false).lastGood().get("daily").file()).isEqualTo(flipped.file());
        // ...a full verify also the flipped byte
        assertThat(list(true).lastGood().get("daily").file()).isEqualTo(good.file());
        assertThat(list(true).lastGood().get("daily").ageSeconds()).isEqualTo(4 * 3600);
    }

    @Test
    void aTierWithoutAGoodBackupHasNone() throws Exception {
        assertThat(list(false).lastGood()).containsEntry("hourly", null).containsEntry("daily", null)
                .containsEntry("weekly", null).hasSize(3);

        BackupResult only = backupAt(Duration.ofHours(1), BackupTier.WEEKLY);
        Files.delete(only.file().resolveSibling(only.file().getFileName() + ".manifest.json"));
        backupAt(Duration.ofHours(1), BackupTier.PRE_RESTORE);
        assertThat(list(false).lastGood()).containsEntry("weekly", null).doesNotContainKey("pre_restore");
    }

    @Test
    void theServiceReadsItFromDiskOnEveryCall() throws Exception {
        BackupService service = new BackupService(live, root, 10_000, RemoteCopier.NONE, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(service.lastGood().get("hourly")).isNull();
        BackupResult taken = backupAt(Duration.ofMinutes(5), BackupTier.HOURLY);
        assertThat(service.lastGood().get("hourly").createdAt()).isEqualTo(taken.createdAt());
    }
}
