package org.thywill.archive.store.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.thywill.archive.store.repo.Repository;

/** A batched insert through a {@link StatementCache}d statement; {@link #close} sends the batch. */
final class CachedInsert<R> implements AutoCloseable {

    private final PreparedStatement statement;
    private final Repository<R> repository;
    private int count;

    CachedInsert(StatementCache cache, Connection c, String table, Repository<R> repository) throws SQLException {
        this.statement = cache.insert(c, table, repository);
        this.repository = repository;
    }

    void add(R row) throws SQLException {
        repository.bindInsert(statement, row);
        statement.addBatch();
        count++;
    }

    int count() {
        return count;
    }

    @Override
    public void close() throws SQLException {
        if (count == 0) {
            return;
        }
        try {
            statement.executeBatch();
        } finally {
            statement.clearBatch();
        }
    }
}
