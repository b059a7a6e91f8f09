package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One table and its row record: the columns the store writes (all of the original's, by name), how a record
 * becomes their values and how a result row becomes a record. The repositories are thin, named facades on it.
 */
final class RowTable<R> {

    @FunctionalInterface
    interface RowMapper<R> {
        R map(ResultSet rs) throws SQLException;
    }

    private final String name;
    private final String insertSql;
    private final String selectSql;
    private final Function<R, Object[]> values;
    private final RowMapper<R> mapper;

    RowTable(String name, List<String> columns, Function<R, Object[]> values, RowMapper<R> mapper) {
        this.name = name;
        this.values = values;
        this.mapper = mapper;
        String quoted = "\"" + name + "\"";
        this.insertSql = "INSERT INTO " + quoted + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        this.selectSql = "SELECT " + String.join(", ", columns) + " FROM " + quoted;
    }

    String insertSql() {
        return insertSql;
    }

    Object[] values(R row) {
        return values.apply(row);
    }

    void insert(Connection c, R row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql)) {
            Columns.bind(ps, values(row));
            ps.executeUpdate();
        }
    }

    BatchInsert<R> batch(Connection c) throws SQLException {
        return new BatchInsert<>(c, this);
    }

    long insertAll(Connection c, Iterable<? extends R> rows) throws SQLException {
        try (BatchInsert<R> batch = batch(c)) {
            for (R row : rows) {
                batch.add(row);
            }
            return batch.count();
        }
    }

    /** Rows matching {@code condition} (SQL after {@code WHERE}, may end with {@code ORDER BY}). */
    List<R> where(Connection c, String condition, Object... params) throws SQLException {
        return query(c, selectSql + " WHERE " + condition, params);
    }

    Optional<R> one(Connection c, String condition, Object... params) throws SQLException {
        List<R> rows = query(c, selectSql + " WHERE " + condition + " LIMIT 1", params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    boolean exists(Connection c, String condition, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM \"" + name + "\" WHERE " + condition + ")")) {
            Columns.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** Every row, in insertion (rowid) order. */
    List<R> all(Connection c) throws SQLException {
        return query(c, selectSql + " ORDER BY rowid");
    }

    long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM \"" + name + "\"");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<R> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Columns.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<R> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }
}
