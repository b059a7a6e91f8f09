package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health check "backups" against a clock the test moves. */
class BackupsHealthCheckTest {

    private static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(START);
    private Path live;
    private Path root;
    private BackupService service;

    @BeforeEach
    void database() {
        live = dir.resolve("thywill.db");
        root = dir.resolve("backups");
        LiveDatabases.withLoad(live, 2, 2, 10).close();
        service = new BackupService(live, root, 10_000, RemoteCopier.NONE, clock);
    }

    private static Map<BackupTier, Duration> defaults() {
        Map<BackupTier, Duration> limits = new EnumMap<>(BackupTier.class);
        limits.put(BackupTier.HOURLY, Duration.ofHours(2));
        limits.put(BackupTier.DAILY, Duration.ofHours(26));
        limits.put(BackupTier.WEEKLY, Duration.ofDays(8));
        return limits;
    }

    private BackupsHealthCheck check(Map<BackupTier, Duration> limits) {
        return new BackupsHealthCheck(new BackupFreshness(service::lastGood, limits, clock));
    }

    private BackupResult backup(BackupTier tier) {
        return new BackupTaker(live, root, 10_000, clock).take(tier);
    }

    @Test
    void anOverdueTierIsDownAndNamedUntilItsNextBackup() {
        BackupsHealthCheck check = check(defaults());
        BackupResult hourly = backup(BackupTier.HOURLY);
        backup(BackupTier.DAILY);
        backup(BackupTier.WEEKLY);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);

        clock.advance(Duration.ofHours(2));
        assertThat(check.call().getState()).as("exactly the limit is not overdue").isEqualTo(HealthCheck.State.UP);

        clock.advance(Duration.ofSeconds(1));
        HealthCheck.Result down = check.call();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValue("backups overdue: hourly: last good backup "
                + hourly.file().getFileName() + ", 2h ago (limit 2h)");
        assertThat(down.getDetails()).containsEntry("overdue", "hourly").containsEntry("hourly.overdue", true)
                .containsEntry("hourly.last-good", START.toString()).containsEntry("hourly.age-seconds", 7201L)
                .containsEntry("hourly.limit-seconds", 7200L).containsEntry("daily.overdue", false)
                .containsEntry("weekly.overdue", false);

        backup(BackupTier.HOURLY);
        HealthCheck.Result up = check.call();
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).containsEntry("overdue", "").containsEntry("hourly.age-seconds", 0L);
    }

    @Test
    void everyOverdueTierIsNamedWithItsAge() {
        BackupsHealthCheck check = check(defaults());
        backup(BackupTier.DAILY);
        backup(BackupTier.WEEKLY);
        clock.advance(Duration.ofDays(8).plusHours(1));
        backup(BackupTier.HOURLY);

        HealthCheck.Result down = check.call();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry("overdue", "daily,weekly");
        assertThat(down.getMessage()).get().asString().contains("daily: last good backup thywill_daily_20261122_120000.db, 8d 1h ago (limit 1d 2h)")
                .contains("weekly: last good backup thywill_weekly_20261122_120000.db, 8d 1h ago (limit 8d)");
    }

    @Test
    void aTierWithoutAnyBackupIsOverdueOnceWatchedLongerThanItsLimit() {
        BackupsHealthCheck check = check(defaults());
        assertThat(check.call().getState()).as("a fresh installation").isEqualTo(HealthCheck.State.UP);

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        HealthCheck.Result down = check.call();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValue("backups overdue: hourly: no good backup, watched for 2h 1m (limit 2h)");
        assertThat(down.getDetails()).containsEntry("hourly.last-good", "none").containsEntry("overdue", "hourly");
    }

    @Test
    void aTierWhoseScheduleIsDisabledIsNotWatched() {
        Map<BackupTier, Duration> limits = defaults();
        limits.remove(BackupTier.HOURLY);
        BackupsHealthCheck check = check(limits);
        backup(BackupTier.DAILY);
        backup(BackupTier.WEEKLY);
        clock.advance(Duration.ofHours(20));

        HealthCheck.Result up = check.call();
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).doesNotContainKey("hourly.last-good").containsKey("daily.last-good");
        assertThat(check(Map.of()).call().getMessage()).hasValue("no backup schedule is enabled");
    }

    @Test
    void unreadableBackupFoldersAreDown() {
        BackupsHealthCheck check = new BackupsHealthCheck(new BackupFreshness(() -> {
            throw new IOException("Permission denied");
        }, defaults(), clock));
        HealthCheck.Result down = check.call();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValue("cannot read the backup folders: Permission denied");
        assertThat(down.getError()).get().isInstanceOf(IOException.class);
    }

    @Test
    void itIsAReadinessCheckOnly() {
        BackupsHealthCheck check = check(defaults());
        assertThat(check.getId()).isEqualTo("backups");
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
    }
}
