package org.thywill.archive.backup;

import java.time.Duration;

/**
 * How fresh one scheduled tier's backups are.
 *
 * @param lastGood the tier's newest good backup, or null when it has none
 * @param age      how old that backup is, or, when there is none, how long the tier has been watched
 * @param limit    the age beyond which the tier is overdue
 * @param overdue  whether {@code age} is beyond {@code limit}
 */
public record TierFreshness(String tier, LastGoodBackup lastGood, Duration age, Duration limit, boolean overdue) {

    /** e.g. {@code hourly: last good backup thywill_hourly_20261122_110000.db, 3h 5m ago (limit 2h)}. */
    public String describe() {
        String what = lastGood == null ? "no good backup, watched for " + Ages.of(age)
                : "last good backup " + lastGood.name() + ", " + Ages.of(age) + " ago";
        return tier + ": " + what + " (limit " + Ages.of(limit) + ")";
    }
}
