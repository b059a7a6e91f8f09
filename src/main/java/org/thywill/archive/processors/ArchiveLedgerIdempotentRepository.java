package org.thywill.archive.processors;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.thywill.archive.importing.ArchiveImportService;

/**
 * The archive watcher's idempotent repository: a file is "already consumed" when the import ledger
 * (our own table, so it survives restarts) holds its path with the same size and mtime. Keys are
 * {@code <path relative to the archive root>|<size>|<mtime ms>}. The importer writes the ledger in
 * the same transaction as the rows, so {@link #add} has nothing to do, and a file whose import failed
 * is simply not in the ledger and is tried again on the next poll.
 */
public class ArchiveLedgerIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private final ArchiveImportService imports;

    public ArchiveLedgerIdempotentRepository(ArchiveImportService imports) {
        this.imports = imports;
    }

    @Override
    public boolean contains(String key) {
        int mtimeAt = key.lastIndexOf('|');
        int sizeAt = key.lastIndexOf('|', mtimeAt - 1);
        if (sizeAt < 0) {
            return false;
        }
        String path = key.substring(0, sizeAt).replace('\\', '/');
        long size = Long.parseLong(key.substring(sizeAt + 1, mtimeAt));
        long mtime = Long.parseLong(key.substring(mtimeAt + 1));
        return imports.isUnchanged(path, size, mtime);
    }

    @Override
    public boolean add(String key) {
        return !contains(key);
    }

    @Override
    public boolean remove(String key) {
        return true;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        // The ledger is the database's; it is never cleared from here.
    }
}
