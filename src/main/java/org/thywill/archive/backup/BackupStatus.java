package org.thywill.archive.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.camel.StaticService;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The backups' state over JMX: a Camel service whose attributes Camel's management exposes as
 * {@code org.apache.camel:context=<name>,type=services,name=BackupStatus} (one per context: a static service, so
 * its name carries no instance hash). Every read looks at the backup folders
 * (see {@link LastGoodBackup}), so the values are right after a restart.
 */
@ManagedResource(description = "The time of the last good backup of each tier, and the overdue tiers")
public final class BackupStatus extends ServiceSupport implements StaticService {

    private final BackupFreshness.LastGoodSource source;
    private final BackupFreshness freshness;

    public BackupStatus(BackupFreshness.LastGoodSource source, BackupFreshness freshness) {
        this.source = source;
        this.freshness = freshness;
    }

    @ManagedAttribute(description = "When the newest good hourly backup was taken (ISO-8601), or none")
    public String getLastGoodHourly() {
        return lastGood(BackupTier.HOURLY);
    }

    @ManagedAttribute(description = "When the newest good daily backup was taken (ISO-8601), or none")
    public String getLastGoodDaily() {
        return lastGood(BackupTier.DAILY);
    }

    @ManagedAttribute(description = "When the newest good weekly backup was taken (ISO-8601), or none")
    public String getLastGoodWeekly() {
        return lastGood(BackupTier.WEEKLY);
    }

    @ManagedAttribute(description = "The enabled tiers whose last good backup is too old (comma-separated), as the health check backups sees them")
    public String getOverdueTiers() {
        try {
            return freshness.check().stream().filter(TierFreshness::overdue).map(TierFreshness::tier)
                    .collect(Collectors.joining(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String lastGood(BackupTier tier) {
        try {
            LastGoodBackup b = source.lastGood().get(tier.id());
            return b == null ? "none" : b.createdAt().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
