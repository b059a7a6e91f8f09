package org.thywill.archive.store.repo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.thywill.archive.store.SqlTime;

/**
 * How Java values go into and come out of the original's columns: datetimes as {@link SqlTime} text, booleans as
 * integers 0/1 (what SQLAlchemy stores), nullable numbers as boxed values.
 */
public final class Columns {

    private Columns() {
    }

    /** Binds {@code values} to parameters 1..n; the store's one mapping of Java values to column values. */
    public static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(ps, i + 1, values[i]);
        }
    }

    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof LocalDateTime t) {
            ps.setString(index, SqlTime.format(t));
        } else if (value instanceof Boolean b) {
            ps.setInt(index, b ? 1 : 0);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Long n) {
            ps.setLong(index, n);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else {
            throw new IllegalArgumentException("no column mapping for " + value.getClass().getName());
        }
    }

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return SqlTime.parseNullable(rs.getString(column));
    }

    static boolean bool(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
