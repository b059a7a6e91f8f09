package org.thywill.archive.importing;

import java.nio.file.Path;

import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.store.repo.ArchiveFileLedgerEntry;

/**
 * One archive file read, decoded and parsed, before any database work: what {@link ArchiveFileImporter#prepare}
 * decided without the database, so that it can run ahead of the writer on another thread.
 *
 * @param file    the file as given
 * @param rel     its path relative to the root being imported
 * @param kind    its kind, or null when its path names none
 * @param seen    the ledger entry the decision was made against (null: none, or no ledger)
 * @param size    bytes, as stat-ed
 * @param mtimeMs modification time, as stat-ed
 * @param sha256  of the content read ("" when it was not read)
 * @param outcome decided without the database (ignored, unchanged, rejected), or null: reconcile {@code record}
 * @param record  what the kind's reader returned, when {@code outcome} is null
 * @param ledger  what the ledger should remember of this file
 */
record PreparedFile(Path file, String rel, ArchiveKind kind, ArchiveFileLedgerEntry seen, long size, long mtimeMs,
                    String sha256, FileOutcome outcome, Object record, LedgerWrite ledger) {

    /** What to write into the ledger once the file is handled. */
    enum LedgerWrite {
        /** Nothing: not an archive kind, already known unchanged, or unreadable (try again next time). */
        NONE,
        /** Same content under a new mtime: remember the mtime, keep the status the content had. */
        KEEP_STATUS,
        /** Imported or rejected, as the outcome says. */
        BY_OUTCOME
    }

}
