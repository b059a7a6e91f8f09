package org.thywill.archive.store.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SqliteFacts;

/** Test helper: a fresh database, archive texts parsed by the real readers and reconciled one file per transaction. */
final class ReconcilerFixture implements AutoCloseable {

    final Database db;
    final Reconciler reconciler = new Reconciler();

    ReconcilerFixture(Path dir) {
        db = Database.open(dir.resolve("thywill.db"));
    }

    /** Parses {@code text} as the kind of {@code relativePath} (it must parse cleanly) and reconciles it. */
    FileReconciliation load(String relativePath, String text) {
        ArchiveKind kind = ArchiveKind.of(relativePath).orElseThrow();
        Parsed<?> parsed = ArchiveFormats.reader(kind).orElseThrow().read(text);
        assertThat(parsed.diagnostics()).as(relativePath).isEmpty();
        return reconcile(kind, relativePath, parsed.value());
    }

    FileReconciliation reconcile(ArchiveKind kind, String relativePath, Object record) {
        return db.inTransaction(c -> reconciler.reconcile(c, kind, relativePath, record));
    }

    LinkReport link() {
        return db.inTransaction(reconciler::linkAcrossFiles);
    }

    void execute(String sql, Object... params) {
        db.runInTransaction(c -> Sql.update(c, sql, params));
    }

    /** Every row of the query as {@code a|b|c} (NULL for null), in the query's order. */
    List<String> rows(String sql, Object... params) {
        return db.read(c -> Sql.query(c, sql, rs -> {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                String v = rs.getString(i);
                sb.append(i > 1 ? "|" : "").append(v == null ? "NULL" : v);
            }
            return sb.toString();
        }, params));
    }

    long count(String table) {
        return db.read(c -> SqliteFacts.count(c, table));
    }

    static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
