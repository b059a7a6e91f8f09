package org.thywill.archive.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.thywill.archive.backup.SchemaReport;

/**
 * What {@code full-recovery} did.
 *
 * @param database         the live database
 * @param archives         the archive tree merged into it
 * @param backup           the verified pre-recovery backup of the live database ({@code <backups>/pre_restore/}), or
 *                         null when there was no database to back up
 * @param backupNote       why there is no backup, or null
 * @param newDatabase      there was no live database: a new one was built from the archives
 * @param files            archive files by outcome ({@code imported}, {@code rejected}...)
 * @param inserted         rows the archives added, by table
 * @param updated          rows the archives completed (links, pointers), by table
 * @param rejections       the rejected files with their line and reason (at most {@link #MAX_LISTED}; see
 *                         {@code files.rejected} for the number)
 * @param conflicts        what the reconciler did not decide (the database's value was kept), at most
 *                         {@link #MAX_LISTED}
 * @param rowsBefore       rows per table of the live database (its backup), empty for a new database
 * @param rowsAfter        rows per table of the merged copy; never fewer than before in any table
 * @param schema           the merged copy's check (integrity, tables, columns, indexes, version)
 * @param swapped          the merged copy replaced the live database; false when the archives added or completed
 *                         nothing
 * @param swapNote         why it was not swapped, or null
 * @param removed          stale {@code -wal}/{@code -shm} files deleted under the lock at the swap
 * @param routesStopped    the writer routes stopped for the whole recovery
 * @param routesRestarted  the routes started again afterwards
 * @param problems         what went wrong without undoing the recovery (a route that did not start again, ...)
 */
public record FullRecoveryReport(Path database, Path archives, Path backup, String backupNote, boolean newDatabase,
                                 Map<String, Integer> files, Map<String, Integer> inserted,
                                 Map<String, Integer> updated, List<String> rejections, List<String> conflicts,
                                 Map<String, Long> rowsBefore, Map<String, Long> rowsAfter, SchemaReport schema,
                                 boolean swapped, String swapNote, List<String> removed, List<String> routesStopped,
                                 List<String> routesRestarted, List<String> problems, Instant startedAt,
                                 Instant finishedAt) {

    /** How many rejections and conflicts a report lists. */
    public static final int MAX_LISTED = 50;

    public int totalInserted() {
        return inserted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A file was rejected (its rows are not in the database), or something went wrong after the swap. */
    public boolean hasProblems() {
        return files.getOrDefault("rejected", 0) > 0 || !problems.isEmpty();
    }

    public long millis() {
        return java.time.Duration.between(startedAt, finishedAt).toMillis();
    }
}
