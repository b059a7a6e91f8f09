package org.thywill.archive.heal;

import java.util.Map;
import org.thywill.archive.importing.ImportReport;

/**
 * The outcome of {@code sync-archives}: the import of the archive tree into the database, the heal of the tree from
 * the database, and, when heal wrote files, the import that read them back ({@code reread}, else null). The re-read
 * inserts nothing (the healed files carry what the database holds); it lets the importer's ledgers of the files and
 * registration lines it has seen know the healed files, so that a second sync changes no row. After a real run both
 * carry the same information at archive precision. In a dry run the import rolls back, so the heal part lists what
 * the tree lacks against the database as it was before the import.
 */
public record SyncArchivesReport(ImportReport imported, HealReport healed, ImportReport reread) {

    /** The route's last step. */
    public static SyncArchivesReport of(ImportReport imported, HealReport healed, ImportReport reread) {
        return new SyncArchivesReport(imported, healed, reread);
    }

    /** Problems in any part; the re-read inserting or updating a row is one (heal wrote what import reads otherwise). */
    public boolean hasProblems() {
        return imported.hasProblems() || healed.hasProblems()
                || reread != null && (reread.hasProblems() || changed(reread.getInserted()) || changed(reread.getUpdated()));
    }

    private static boolean changed(Map<String, Integer> counts) {
        return counts.values().stream().anyMatch(n -> n > 0);
    }
}
