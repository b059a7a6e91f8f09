package org.thywill.archive.importing;

import java.util.List;

import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.store.reconcile.FileReconciliation;

/**
 * What importing one archive file did.
 *
 * @param path     relative to the archive root being imported
 * @param kind     the file's kind, or null when its path names none
 * @param status   what happened
 * @param changes  the rows it inserted, updated and deleted (null unless imported)
 * @param problems for a rejected file, why ({@code path:line: reason}); for an imported one, its conflicts
 */
public record FileOutcome(String path, ArchiveKind kind, Status status, FileReconciliation changes,
                          List<String> problems) {

    public enum Status {
        /** Parsed and reconciled into the database. */
        IMPORTED,
        /** The ledger says this exact content was handled before. */
        UNCHANGED,
        /** Bad input: nothing of it was imported. */
        REJECTED,
        /** Not an archive kind (e.g. a note an operator left in the tree). */
        IGNORED
    }

    public FileOutcome {
        problems = List.copyOf(problems);
    }

    static FileOutcome rejected(String path, ArchiveKind kind, List<String> problems) {
        return new FileOutcome(path, kind, Status.REJECTED, null, problems);
    }
}
