package org.thywill.archive.recovery;

import org.thywill.archive.heal.SyncArchivesReport;

/**
 * What the route {@code validate-consistency} returns: the report, and with {@code --fix} the report before the fix
 * and what {@code sync-archives} did (both null without {@code --fix}).
 *
 * @param report    the consistency now (after the fix, when there was one)
 * @param beforeFix the consistency before {@code sync-archives} ran, or null
 * @param fix       what {@code sync-archives} did, or null
 */
public record ConsistencyRun(ConsistencyReport report, ConsistencyReport beforeFix, SyncArchivesReport fix) {

    /** The route's last step. */
    public static ConsistencyRun of(ConsistencyReport report, ConsistencyReport beforeFix, SyncArchivesReport fix) {
        return new ConsistencyRun(report, beforeFix, fix);
    }

    /** The band's exit code of the final report. */
    public int exitCode() {
        return report.exitCode();
    }
}
