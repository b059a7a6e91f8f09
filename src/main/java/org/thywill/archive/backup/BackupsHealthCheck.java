package org.thywill.archive.backup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The Camel health check {@code backups}: DOWN when a tier whose schedule is enabled is overdue (see
 * {@link BackupFreshness}), with a message naming each overdue tier and the age of its last good backup; UP
 * otherwise. Its details give, for every watched tier, {@code <tier>.last-good} (the backup's time, ISO-8601, or
 * {@code none}), {@code <tier>.last-good-name}, {@code <tier>.age-seconds}, {@code <tier>.limit-seconds} and
 * {@code <tier>.overdue}, and {@code overdue} lists the overdue tiers (comma-separated, empty when none).
 *
 * <p>A readiness check only, not a liveness one: restarting the service brings no overdue backup back (and would
 * kill a backup under way), so an orchestrator must not restart it for this; readiness DOWN says the service is not
 * doing its job and needs an operator. It is found by Camel's registry health-check repository
 * ({@code camel.health.registry-enabled}) as a bean of the registry.
 */
public final class BackupsHealthCheck extends AbstractHealthCheck {

    public static final String ID = "backups";

    private final BackupFreshness freshness;

    public BackupsHealthCheck(BackupFreshness freshness) {
        super("thywill", ID);
        this.freshness = freshness;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<TierFreshness> tiers;
        try {
            tiers = freshness.check();
        } catch (IOException | RuntimeException e) {
            builder.down().error(e).message("cannot read the backup folders: " + e.getMessage());
            return;
        }
        List<String> overdue = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (TierFreshness t : tiers) {
            String tier = t.tier();
            builder.detail(tier + ".last-good", t.lastGood() == null ? "none" : t.lastGood().createdAt().toString());
            builder.detail(tier + ".last-good-name", t.lastGood() == null ? "none" : t.lastGood().name());
            builder.detail(tier + ".age-seconds", t.age().toSeconds());
            builder.detail(tier + ".limit-seconds", t.limit().toSeconds());
            builder.detail(tier + ".overdue", t.overdue());
            if (t.overdue()) {
                overdue.add(tier);
                descriptions.add(t.describe());
            }
        }
        builder.detail("overdue", String.join(",", overdue));
        if (overdue.isEmpty()) {
            builder.up().message(tiers.isEmpty() ? "no backup schedule is enabled" : "every scheduled tier has a recent good backup");
        } else {
            builder.down().message("backups overdue: " + String.join("; ", descriptions));
        }
    }
}
