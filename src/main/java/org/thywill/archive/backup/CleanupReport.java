package org.thywill.archive.backup;

import java.util.List;

/**
 * What {@code cleanup} deleted (or, in a dry run, would delete).
 *
 * @param deleted       the backups deleted, as {@code <tier>/<name>}, each with its sidecar and manifest
 * @param keptNewest    expired backups kept because each is its tier's newest verified backup
 * @param staleTemps    temp files of interrupted backups (older than a day) deleted
 * @param problems      what could not be deleted (locally or remotely)
 * @param remote        what was done to the copies under the remote target
 */
public record CleanupReport(boolean dryRun, List<String> deleted, List<String> keptNewest, List<String> staleTemps,
                            List<String> problems, RemotePruning remote) {

    /** A report of a cleanup without a remote target. */
    public CleanupReport(boolean dryRun, List<String> deleted, List<String> keptNewest, List<String> staleTemps,
                         List<String> problems) {
        this(dryRun, deleted, keptNewest, staleTemps, problems, RemotePruning.noTarget());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
