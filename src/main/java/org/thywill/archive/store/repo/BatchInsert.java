package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Bulk insertion into one table through one prepared statement, sent to SQLite in batches. Use it inside one
 * transaction ({@code Database.inTransaction}); {@link #close()} sends what is left. A failing row fails the
 * batch it is in, and the transaction around it rolls everything back.
 *
 * <pre>{@code
 * database.runInTransaction(c -> {
 *     try (var marks = Repositories.PRAYER_MARKS.batch(c)) {
 *         for (PrayerMarkRow m : generated) marks.add(m);
 *     }
 * });
 * }</pre>
 */
public final class BatchInsert<R> implements AutoCloseable {

    /** Rows sent per {@code executeBatch}. */
    public static final int BATCH_SIZE = 1000;

    private final PreparedStatement statement;
    private final RowTable<R> table;
    private int pending;
    private long added;

    BatchInsert(Connection c, RowTable<R> table) throws SQLException {
        this.statement = c.prepareStatement(table.insertSql());
        this.table = table;
    }

    public void add(R row) throws SQLException {
        Columns.bind(statement, table.values(row));
        statement.addBatch();
        added++;
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    /** Rows added so far. */
    public long count() {
        return added;
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
