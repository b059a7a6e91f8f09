-- Our own table (additive only: the original's tables are never altered or dropped).
-- The importer's ledger of archive files it has seen, so an unchanged file (same size, mtime and sha256) is
-- skipped without being parsed again. One row per file, keyed by its path relative to the archive root.
CREATE TABLE archive_file_ledger (
    path        TEXT    NOT NULL PRIMARY KEY, -- relative to the archive root, '/'-separated
    size        INTEGER NOT NULL,             -- bytes
    mtime_ms    INTEGER NOT NULL,             -- last-modified time, epoch milliseconds
    sha256      TEXT    NOT NULL,             -- 64 lowercase hex of the file's bytes
    kind        TEXT,                         -- ArchiveKind name; NULL when no kind matches the path
    imported_at TEXT    NOT NULL,             -- when this row was written, SqlTime text (UTC)
    status      TEXT    NOT NULL,             -- outcome of the last import of this content, e.g. imported / rejected
    error       TEXT                          -- why the file was rejected (path, line, reason); NULL otherwise
);
