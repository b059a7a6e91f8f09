package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code archive_file_ledger} table: one row per archive file path. */
public final class ArchiveFileLedgerRepository {

    private static final List<String> COLUMNS =
            List.of("path", "size", "mtime_ms", "sha256", "kind", "imported_at", "status", "error");

    static final RowTable<ArchiveFileLedgerEntry> TABLE = new RowTable<>("archive_file_ledger", COLUMNS,
            e -> new Object[] {e.path(), e.size(), e.mtimeMs(), e.sha256(), e.kind(), e.importedAt(), e.status(),
                    e.error()},
            rs -> new ArchiveFileLedgerEntry(rs.getString("path"), rs.getLong("size"), rs.getLong("mtime_ms"),
                    rs.getString("sha256"), rs.getString("kind"), Columns.time(rs, "imported_at"),
                    rs.getString("status"), rs.getString("error")));

    private static final String UPSERT = TABLE.insertSql() + " ON CONFLICT (path) DO UPDATE SET "
            + String.join(", ", COLUMNS.stream().skip(1).map(c -> c + " = excluded." + c).toList());

    private ArchiveFileLedgerRepository() {
    }

    /** Inserts the entry, or replaces every column of the one with the same path. */
    public static void upsert(Connection c, ArchiveFileLedgerEntry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            Columns.bind(ps, TABLE.values(entry));
            ps.executeUpdate();
        }
    }

    public static Optional<ArchiveFileLedgerEntry> find(Connection c, String path) throws SQLException {
        return TABLE.one(c, "path = ?", path);
    }

    public static List<ArchiveFileLedgerEntry> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
