package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention by exact age, with a fixed clock, across all tiers. */
class BackupCleanerTest {

    private static final Instant NOW = BackupsAtFixedTimes.NOW;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    private BackupsAtFixedTimes backups;
    private Path live;
    private Path root;

    @BeforeEach
    void database() {
        backups = new BackupsAtFixedTimes(dir, 2);
        live = backups.live;
        root = backups.root;
    }

    private Path backupAt(Duration ago, BackupTier tier) {
        return backups.take(ago, tier).file();
    }

    private CleanupReport cleanup(boolean dryRun) throws Exception {
        return new BackupCleaner(root, new BackupVerifier(), Clock.fixed(NOW, ZoneOffset.UTC)).cleanup(dryRun);
    }

    private static String label(Path backup) {
        return backup.getParent().getFileName() + "/" + backup.getFileName();
    }

    @Test
    void eachTierKeepsExactlyItsRetentionToTheMinute() throws Exception {
        Duration h48 = Duration.ofHours(48);
        Duration d30 = Duration.ofDays(30);
        Duration w12 = Duration.ofDays(84);
        Path hourNewest = backupAt(Duration.ofHours(1), BackupTier.HOURLY);
        Path hourKept = backupAt(h48.minus(MINUTE), BackupTier.HOURLY);
        Path hourExact = backupAt(h48, BackupTier.HOURLY);
        Path hourGone = backupAt(h48.plus(MINUTE), BackupTier.HOURLY);
        Path dayNewest = backupAt(Duration.ofDays(1), BackupTier.DAILY);
        Path dayKept = backupAt(d30.minus(MINUTE), BackupTier.DAILY);
        Path dayGone = backupAt(d30.plus(MINUTE), BackupTier.DAILY);
        Path weekNewest = backupAt(Duration.ofDays(7), BackupTier.WEEKLY);
        Path weekKept = backupAt(w12.minus(MINUTE), BackupTier.WEEKLY);
        Path weekGone = backupAt(w12.plus(MINUTE), BackupTier.WEEKLY);

        CleanupReport r = cleanup(false);
        assertThat(r.deleted()).containsExactlyInAnyOrder(label(hourGone), label(dayGone), label(weekGone));
        assertThat(r.keptNewest()).isEmpty();
        assertThat(r.problems()).isEmpty();
        for (Path gone : List.of(hourGone, dayGone, weekGone)) {
            assertThat(gone).doesNotExist();
            assertThat(gone.resolveSibling(gone.getFileName() + ".sha256")).doesNotExist();
            assertThat(gone.resolveSibling(gone.getFileName() + ".manifest.json")).doesNotExist();
        }
        for (Path kept : List.of(hourNewest, hourKept, hourExact, dayNewest, dayKept, weekNewest, weekKept)) {
            assertThat(kept).exists();
            assertThat(kept.resolveSibling(kept.getFileName() + ".sha256")).exists();
        }
        assertThat(cleanup(false).deleted()).isEmpty();
    }

    @Test
    void theNewestVerifiedBackupOfATierIsKeptHoweverOld() throws Exception {
        Path newest = backupAt(Duration.ofDays(10), BackupTier.HOURLY);
        Path older = backupAt(Duration.ofDays(11), BackupTier.HOURLY);
        Path weekly = backupAt(Duration.ofDays(400), BackupTier.WEEKLY);

        CleanupReport r = cleanup(false);
        assertThat(r.deleted()).containsExactly(label(older));
        assertThat(r.keptNewest()).containsExactlyInAnyOrder(label(newest), label(weekly));
        assertThat(newest).exists();
        assertThat(weekly).exists();
    }

    @Test
    void aDamagedBackupDoesNotCountAsTheNewestVerified() throws Exception {
        Path damaged = backupAt(Duration.ofDays(40), BackupTier.DAILY);
        Path good = backupAt(Duration.ofDays(41), BackupTier.DAILY);
        Path oldest = backupAt(Duration.ofDays(42), BackupTier.DAILY);
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            f.seek(2000);
            int b = f.read();
            f.seek(2000);
            f.write(b ^ 1);
        }
        CleanupReport r = cleanup(false);
        assertThat(r.keptNewest()).containsExactly(label(good));
        assertThat(r.deleted()).containsExactly(label(damaged), label(oldest));
    }

    @Test
    void preRestoreCopiesArePrunedAfterThirtyDaysEvenTheLastOne() throws Exception {
        Path kept = backupAt(Duration.ofDays(30).minus(MINUTE), BackupTier.PRE_RESTORE);
        Path gone = backupAt(Duration.ofDays(30).plus(MINUTE), BackupTier.PRE_RESTORE);
        assertThat(kept.getFileName().toString()).startsWith("thywill_pre_restore_");
        assertThat(cleanup(false).deleted()).containsExactly(label(gone));
        assertThat(kept).exists();
        assertThat(gone).doesNotExist();

        Files.delete(kept);
        Path only = backupAt(Duration.ofDays(31), BackupTier.PRE_RESTORE);
        assertThat(cleanup(false).deleted()).containsExactly(label(only));
    }

    @Test
    void aBackupWithoutManifestIsAgedByTheTimeInItsName() throws Exception {
        Path hourly = Files.createDirectories(root.resolve("hourly"));
        Path young = hourly.resolve("thywill_hourly_20261120_120100.db");
        Path old = hourly.resolve("thywill_hourly_20261120_115900.db");
        Files.copy(live, young);
        Files.copy(live, old);
        Files.setLastModifiedTime(young, FileTime.from(NOW.minus(Duration.ofDays(100))));
        CleanupReport r = cleanup(false);
        assertThat(r.deleted()).containsExactly("hourly/thywill_hourly_20261120_115900.db");
        assertThat(young).exists();
    }

    @Test
    void aDryRunReportsTheSameAndDeletesNothing() throws Exception {
        backupAt(Duration.ofHours(1), BackupTier.HOURLY);
        Path gone = backupAt(Duration.ofHours(49), BackupTier.HOURLY);
        Path staleTemp = Files.writeString(root.resolve("hourly/.thywill_hourly_20261120_000000.aabbccddeeff0011.tmp"), "x");
        Files.setLastModifiedTime(staleTemp, FileTime.from(NOW.minus(Duration.ofDays(2))));
        Path freshTemp = Files.writeString(root.resolve("hourly/.thywill_hourly_20261122_115900.aabbccddeeff0011.tmp"), "x");
        Files.setLastModifiedTime(freshTemp, FileTime.from(NOW.minus(Duration.ofHours(1))));
        Path other = Files.writeString(root.resolve("hourly/thywill_hourly_old_notes.txt"), "mine");
        Files.setLastModifiedTime(other, FileTime.from(NOW.minus(Duration.ofDays(1000))));

        CleanupReport dry = cleanup(true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.deleted()).containsExactly(label(gone));
        assertThat(dry.staleTemps()).containsExactly("hourly/" + staleTemp.getFileName());
        assertThat(gone).exists();
        assertThat(staleTemp).exists();

        CleanupReport real = cleanup(false);
        assertThat(real.deleted()).isEqualTo(dry.deleted());
        assertThat(real.staleTemps()).isEqualTo(dry.staleTemps());
        assertThat(gone).doesNotExist();
        assertThat(staleTemp).doesNotExist();
        assertThat(freshTemp).exists();
        assertThat(other).exists();
    }

    /**
     * Regression (crash harness, issue 8): a backup killed after claiming its name (the sidecar, then the manifest)
     * and before linking its copy to it left {@code thywill_<tier>_<stamp>.db.sha256} and its manifest for ever.
     */
    @Test
    void sidecarsAndManifestsOfABackupThatNeverGotItsNameAreRemovedOnceStale() throws Exception {
        Path kept = backupAt(Duration.ofHours(1), BackupTier.DAILY);
        Path staleSidecar = Files.writeString(root.resolve("daily/thywill_daily_20261120_020000.db.sha256"), "x");
        Path staleManifest = Files.writeString(root.resolve("daily/thywill_daily_20261120_020000.db.manifest.json"), "{}");
        Path freshSidecar = Files.writeString(root.resolve("daily/thywill_daily_20261122_115900.db.sha256"), "x");
        for (Path p : new Path[] {staleSidecar, staleManifest, kept.resolveSibling(kept.getFileName() + ".sha256")}) {
            Files.setLastModifiedTime(p, FileTime.from(NOW.minus(Duration.ofDays(2))));
        }
        Files.setLastModifiedTime(freshSidecar, FileTime.from(NOW.minus(Duration.ofHours(1))));

        CleanupReport r = cleanup(false);

        assertThat(r.staleTemps()).containsExactlyInAnyOrder("daily/thywill_daily_20261120_020000.db.sha256",
                "daily/thywill_daily_20261120_020000.db.manifest.json");
        assertThat(staleSidecar).doesNotExist();
        assertThat(staleManifest).doesNotExist();
        assertThat(freshSidecar).exists();
        assertThat(kept).exists();
        assertThat(kept.resolveSibling(kept.getFileName() + ".sha256")).exists();
        assertThat(new BackupVerifier().verify(kept, false).ok()).isTrue();
    }
}
