package org.thywill.archive.metrics;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.thywill.archive.backup.BackupFreshness;
import org.thywill.archive.backup.BackupTier;
import org.thywill.archive.backup.LastGoodBackup;

/**
 * The gauge {@code thywill.backup.age} (Prometheus {@code thywill_backup_age_seconds}), tag {@code tier}
 * ({@code hourly}, {@code daily}, {@code weekly}): seconds since the tier's last good backup was taken (see
 * {@link LastGoodBackup}), NaN when the tier has none (or the backup folders cannot be read). Read from disk when
 * scraped; one listing serves every tier of a scrape (it is kept for a second).
 */
public final class BackupAgeGauges {

    public static final String BACKUP_AGE = "thywill.backup.age";

    private static final Duration REUSE = Duration.ofSeconds(1);

    private final BackupFreshness.LastGoodSource source;
    private final Clock clock;
    private Map<String, LastGoodBackup> listed;
    private Instant listedAt;

    private BackupAgeGauges(BackupFreshness.LastGoodSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public static BackupAgeGauges register(MeterRegistry registry, BackupFreshness.LastGoodSource source, Clock clock) {
        BackupAgeGauges gauges = new BackupAgeGauges(source, clock);
        for (BackupTier tier : BackupTier.values()) {
            if (tier.scheduled()) {
                Gauge.builder(BACKUP_AGE, gauges, g -> g.ageSeconds(tier.id()))
                        .description("Seconds since the tier's last good backup was taken (NaN: none)")
                        .baseUnit("seconds").tag("tier", tier.id()).strongReference(true).register(registry);
            }
        }
        return gauges;
    }

    /** Seconds since {@code tier}'s last good backup, or NaN. */
    public synchronized double ageSeconds(String tier) {
        Instant now = clock.instant();
        if (listed == null || listedAt.plus(REUSE).isBefore(now)) {
            try {
                listed = source.lastGood();
            } catch (IOException | RuntimeException e) {
                listed = Map.of();
            }
            listedAt = now;
        }
        LastGoodBackup b = listed.get(tier);
        return b == null ? Double.NaN : Duration.between(b.createdAt(), now).toMillis() / 1000.0;
    }
}
