package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupListerTest {

    private static final Instant NOW = BackupsAtFixedTimes.NOW;

    @TempDir
    Path dir;

    private BackupsAtFixedTimes backups;
    private Path live;
    private Path root;

    @BeforeEach
    void database() {
        backups = new BackupsAtFixedTimes(dir, 5);
        live = backups.live;
        root = backups.root;
    }

    private Path backupAt(Duration ago, BackupTier tier) {
        return backups.take(ago, tier).file();
    }

    private BackupListing list(boolean full) throws Exception {
        return new BackupLister(root, new BackupVerifier(), Clock.fixed(NOW, ZoneOffset.UTC)).list(full);
    }

    @Test
    void everyTierIsListedNewestFirstWithSizeAndExactAge() throws Exception {
        Path older = backupAt(Duration.ofHours(5).plusSeconds(7), BackupTier.HOURLY);
        Path newer = backupAt(Duration.ofMinutes(30), BackupTier.HOURLY);
        Path daily = backupAt(Duration.ofDays(2), BackupTier.DAILY);
        BackupListing l = list(false);

        assertThat(l.tiers()).containsOnlyKeys("hourly", "daily", "weekly", "pre_restore");
        assertThat(l.tiers().get("weekly")).isEmpty();
        assertThat(l.tiers().get("hourly")).extracting(ListedBackup::file).containsExactly(newer, older);
        assertThat(l.tiers().get("hourly")).extracting(ListedBackup::ageSeconds).containsExactly(1800L, 5 * 3600L + 7);
        ListedBackup d = l.tiers().get("daily").get(0);
        assertThat(d.name()).isEqualTo("thywill_daily_20261120_120000.db");
        assertThat(d.sizeBytes()).isEqualTo(Files.size(daily));
        assertThat(d.createdAt()).isEqualTo(NOW.minus(Duration.ofDays(2)));
        assertThat(d.check()).isEqualTo("quick");
        assertThat(d.verified()).isTrue();
        assertThat(l.hasProblems()).isFalse();
    }

    @Test
    void theQuickCheckCatchesAMissingSidecarAndAWrongSizeTheFullCheckAFlippedByte() throws Exception {
        Path noSidecar = backupAt(Duration.ofHours(1), BackupTier.DAILY);
        Files.delete(noSidecar.resolveSibling(noSidecar.getFileName() + ".sha256"));
        Path truncated = backupAt(Duration.ofHours(2), BackupTier.DAILY);
        try (RandomAccessFile f = new RandomAccessFile(truncated.toFile(), "rw")) {
            f.setLength(f.length() - 100);
        }
        Path flipped = backupAt(Duration.ofHours(3), BackupTier.DAILY);
        try (RandomAccessFile f = new RandomAccessFile(flipped.toFile(), "rw")) {
            f.seek(3000);
            int b = f.read();
            f.seek(3000);
            f.write(b ^ 1);
        }
        List<ListedBackup> quick = list(false).tiers().get("daily");
        assertThat(quick).extracting(ListedBackup::verified).containsExactly(false, false, true);
        assertThat(quick.get(0).problems()).containsExactly("no checksum sidecar");
        assertThat(quick.get(1).problems()).singleElement().satisfies(p ->
                assertThat(p).matches("size \\d+ differs from the manifest's \\d+"));

        BackupListing full = list(true);
        List<ListedBackup> daily = full.tiers().get("daily");
        assertThat(daily).extracting(ListedBackup::verified).containsExactly(false, false, false);
        assertThat(daily).extracting(ListedBackup::check).containsOnly("full");
        assertThat(daily.get(2).problems()).anySatisfy(p -> assertThat(p).startsWith("checksum mismatch"));
        assertThat(full.hasProblems()).isTrue();
    }

    @Test
    void otherFilesLinksAndTempFilesAreNotListed() throws Exception {
        Path real = backupAt(Duration.ofHours(1), BackupTier.WEEKLY);
        Path weekly = real.getParent();
        Files.writeString(weekly.resolve("notes.txt"), "hello");
        Files.writeString(weekly.resolve(".thywill_weekly_20261122_110000.0011223344556677.tmp"), "partial");
        Files.createSymbolicLink(weekly.resolve("thywill_weekly_20261122_100000.db"), real);
        Files.writeString(weekly.resolve("thywill_daily_20261122_100000.db"), "wrong tier");
        assertThat(list(false).tiers().get("weekly")).extracting(ListedBackup::file).containsExactly(real);
    }

    @Test
    void aBackupWithoutManifestIsAgedByItsName() throws Exception {
        Path daily = Files.createDirectories(root.resolve("daily"));
        Files.copy(live, daily.resolve("thywill_daily_20261121_020000.db"));
        ListedBackup b = list(false).tiers().get("daily").get(0);
        assertThat(b.createdAt()).isEqualTo(Instant.parse("2026-11-21T02:00:00Z"));
        assertThat(b.ageSeconds()).isEqualTo(Duration.ofHours(34).toSeconds());
        assertThat(b.verified()).isFalse();
    }
}
