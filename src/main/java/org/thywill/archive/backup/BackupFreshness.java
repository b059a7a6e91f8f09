package org.thywill.archive.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each scheduled tier has a good backup young enough (the time of a tier's last good backup is read from
 * disk on every check: see {@link LastGoodBackup}). A tier is overdue when its newest good backup is older than its
 * limit (by default its schedule's period with some grace: hourly 2 h, daily 26 h, weekly 8 days). A tier with no good
 * backup at all is overdue once it has been watched — since this object was made, i.e. since the service started —
 * for longer than its limit: a fresh installation is not reported before its schedules had their chance. Only the
 * tiers given limits (those whose schedule is enabled) are watched.
 */
public final class BackupFreshness {

    /** Where the last good backups come from (the backup folders, through {@link BackupService#lastGood()}). */
    @FunctionalInterface
    public interface LastGoodSource {
        Map<String, LastGoodBackup> lastGood() throws IOException;
    }

    private final LastGoodSource source;
    private final Map<BackupTier, Duration> limits;
    private final Clock clock;
    private final Instant watchedSince;

    public BackupFreshness(LastGoodSource source, Map<BackupTier, Duration> limits, Clock clock) {
        this.source = source;
        this.limits = limits.isEmpty() ? Map.of() : new EnumMap<>(limits);
        this.clock = clock;
        this.watchedSince = clock.instant();
        limits.forEach((tier, limit) -> {
            if (!tier.scheduled() || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("a freshness limit is for hourly, daily or weekly and positive: "
                        + tier.id() + " " + limit);
            }
        });
    }

    /** The watched tiers, hourly first. */
    public List<TierFreshness> check() throws IOException {
        Instant now = clock.instant();
        Map<String, LastGoodBackup> last = source.lastGood();
        List<TierFreshness> result = new ArrayList<>();
        for (Map.Entry<BackupTier, Duration> e : limits.entrySet()) {
            LastGoodBackup good = last.get(e.getKey().id());
            Duration age = Duration.between(good != null ? good.createdAt() : watchedSince, now);
            result.add(new TierFreshness(e.getKey().id(), good, age, e.getValue(), age.compareTo(e.getValue()) > 0));
        }
        return result;
    }
}
