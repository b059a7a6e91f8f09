package org.thywill.archive.store.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.thywill.archive.store.repo.Repository;

/**
 * The reconciler's hot statements, kept prepared per connection: the import route reconciles one small file per
 * transaction, and SQLite spends about as long preparing a statement as running it. A cache safe to rebuild: a
 * prepared statement holds no lock and survives commits and rollbacks; one whose connection was closed is
 * prepared again, and a connection that is gone drops out with its statements (weak keys). Callers always close
 * result sets, so every statement is reset when handed out again.
 */
final class StatementCache {

    @FunctionalInterface
    interface Preparer {
        PreparedStatement prepare(Connection c) throws SQLException;
    }

    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new WeakHashMap<>();

    /** The statement for {@code sql} on {@code c}. */
    PreparedStatement sql(Connection c, String sql) throws SQLException {
        return get(c, sql, x -> x.prepareStatement(sql));
    }

    /** {@code repository}'s insert statement on {@code c}; rows are bound with {@link Repository#bindInsert}. */
    PreparedStatement insert(Connection c, String table, Repository<?> repository) throws SQLException {
        return get(c, "insert into " + table, repository::prepareInsert);
    }

    private synchronized PreparedStatement get(Connection c, String key, Preparer preparer) throws SQLException {
        Map<String, PreparedStatement> statements = byConnection.computeIfAbsent(c, k -> new HashMap<>());
        PreparedStatement ps = statements.get(key);
        if (ps == null || ps.isClosed()) {
            ps = preparer.prepare(c);
            statements.put(key, ps);
        }
        return ps;
    }
}
