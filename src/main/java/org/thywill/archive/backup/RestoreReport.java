package org.thywill.archive.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a restore did.
 *
 * @param command          {@code restore} or {@code restore-safe}
 * @param restoredFrom     the backup file that was verified and restored
 * @param database         the live database it now is
 * @param sha256           the backup's SHA-256, as verified (restore-safe migrated its copy before the swap, so the
 *                         file in place then differs)
 * @param sizeBytes        the restored file's size (after migration for restore-safe)
 * @param previousBytes    the size of the database it replaced (its file only), or null when there was none
 * @param preRestoreBackup the snapshot of the replaced database in {@code backups/pre_restore/}, or null
 * @param preRestoreNote   why no pre-restore backup was taken (no database there), else null
 * @param removed          stale files beside the database that were removed under the lock ({@code -wal},
 *                         {@code -shm}, or a leftover {@code -journal} when there was no database), with their sizes
 * @param routesStopped    the routes that were started and were stopped for the swap, in the order stopped
 * @param routesRestarted  the routes started again afterwards, in the order started
 * @param problems         what went wrong after the database was in place (a route that would not start again)
 * @param startedAt        when the restore began
 * @param finishedAt       when it ended
 * @param schema           restore-safe: the migration and schema check; null for a plain restore
 */
public record RestoreReport(String command, Path restoredFrom, Path database, String sha256, long sizeBytes,
                            Long previousBytes, Path preRestoreBackup, String preRestoreNote, List<String> removed,
                            List<String> routesStopped, List<String> routesRestarted, List<String> problems,
                            Instant startedAt, Instant finishedAt, SchemaReport schema) {

    public boolean hasProblems() {
        return !problems.isEmpty() || schema != null && !schema.ok();
    }

    public long millis() {
        return java.time.Duration.between(startedAt, finishedAt).toMillis();
    }
}
