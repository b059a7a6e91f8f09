package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code archive_file_ledger} table: one row per archive file path. */
public final class ArchiveFileLedgerRepository extends Repository<ArchiveFileLedgerEntry> {

    private static final List<String> COLUMNS =
            List.of("path", "size", "mtime_ms", "sha256", "kind", "imported_at", "status", "error");

    private final String upsert;

    ArchiveFileLedgerRepository() {
        super(new RowTable<>("archive_file_ledger", COLUMNS,
                e -> new Object[] {e.path(), e.size(), e.mtimeMs(), e.sha256(), e.kind(), e.importedAt(), e.status(),
                        e.error()},
                rs -> new ArchiveFileLedgerEntry(rs.getString("path"), rs.getLong("size"), rs.getLong("mtime_ms"),
                        rs.getString("sha256"), rs.getString("kind"), Columns.time(rs, "imported_at"),
                        rs.getString("status"), rs.getString("error"))));
        upsert = table.insertSql() + " ON CONFLICT (path) DO UPDATE SET "
                + String.join(", ", COLUMNS.stream().skip(1).map(c -> c + " = excluded." + c).toList());
    }

    /** Inserts the entry, or replaces every column of the one with the same path. */
    public void upsert(Connection c, ArchiveFileLedgerEntry entry) throws SQLException {
        PreparedStatement ps = prepared(c);
        Columns.bind(ps, table.values(entry));
        ps.executeUpdate();
    }

    /** The upsert stays prepared per connection: an import writes one ledger row per file. */
    private final java.util.Map<Connection, PreparedStatement> upserts = new java.util.WeakHashMap<>();

    private synchronized PreparedStatement prepared(Connection c) throws SQLException {
        PreparedStatement ps = upserts.get(c);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(upsert);
            upserts.put(c, ps);
        }
        return ps;
    }

    public Optional<ArchiveFileLedgerEntry> find(Connection c, String path) throws SQLException {
        return table.one(c, "path = ?", path);
    }
}
