package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * What every repository does with its table. Repositories are stateless; use the instances in
 * {@link Repositories}. Every method works on the connection it is given (from {@code Database.inTransaction} to
 * write, {@code Database.read} to read) and leaves transactions to the caller.
 */
public abstract class Repository<R> {

    final RowTable<R> table;

    Repository(RowTable<R> table) {
        this.table = table;
    }

    public void insert(Connection c, R row) throws SQLException {
        table.insert(c, row);
    }

    /** A batched insert for bulk loads; close it (try-with-resources) before the transaction ends. */
    public BatchInsert<R> batch(Connection c) throws SQLException {
        return table.batch(c);
    }

    /**
     * The table's insert statement, for a caller that keeps it prepared across many small transactions (preparing
     * costs about as much as executing). Bind each row with {@link #bindInsert}; the caller closes the statement.
     */
    public PreparedStatement prepareInsert(Connection c) throws SQLException {
        return c.prepareStatement(table.insertSql());
    }

    /** Binds {@code row}'s values to a statement from {@link #prepareInsert}, ready for execute or addBatch. */
    public void bindInsert(PreparedStatement insert, R row) throws SQLException {
        Columns.bind(insert, table.values(row));
    }

    /** Inserts every row through one {@link #batch}; returns how many. */
    public long insertAll(Connection c, Iterable<? extends R> rows) throws SQLException {
        return table.insertAll(c, rows);
    }

    /** Every row, in insertion (rowid) order. */
    public List<R> findAll(Connection c) throws SQLException {
        return table.all(c);
    }

    public long count(Connection c) throws SQLException {
        return table.count(c);
    }
}
