package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An {@code archive_file_ledger} row (our own table, migration V2): what the importer last did with one archive
 * file, so an unchanged file can be skipped.
 *
 * @param path       relative to the archive root, {@code /}-separated
 * @param size       bytes
 * @param mtimeMs    last-modified time, epoch milliseconds
 * @param sha256     64 lowercase hex digits of the content
 * @param kind       the {@code ArchiveKind} name, {@code null} when no kind matches the path
 * @param importedAt when the row was written (UTC)
 * @param status     the outcome, e.g. {@code imported} or {@code rejected}
 * @param error      why the file was rejected (line and reason); {@code null} otherwise
 */
public record ArchiveFileLedgerEntry(
        String path,
        long size,
        long mtimeMs,
        String sha256,
        String kind,
        LocalDateTime importedAt,
        String status,
        String error) {

    public ArchiveFileLedgerEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(status, "status");
    }
}
