package org.thywill.archive.backup;

import java.util.List;

/**
 * What {@code cleanup} deleted (or, in a dry run, would delete).
 *
 * @param deleted       the backups deleted, as {@code <tier>/<name>}, each with its sidecar and manifest
 * @param keptNewest    expired backups kept because each is its tier's newest verified backup
 * @param staleTemps    temp files of interrupted backups (older than a day) deleted
 * @param problems      what could not be deleted
 */
public record CleanupReport(boolean dryRun, List<String> deleted, List<String> keptNewest, List<String> staleTemps,
                            List<String> problems) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
