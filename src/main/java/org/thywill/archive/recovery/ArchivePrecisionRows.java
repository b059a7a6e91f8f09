package org.thywill.archive.recovery;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a ThyWill database holds of a {@link CarriedKind} at archive precision, read with plain SQL (independent of
 * the reconciler, which is what is being checked): each row as its columns' compared values
 * ({@link PreciseColumn#normalise}). A missing table holds no rows.
 *
 * <p>{@link #groups} streams the rows a group at a time in the order of the group column's text, which SQLite sorts
 * by its bytes ({@link #GROUP_ORDER} is that order), so two databases can be compared side by side in bounded
 * memory however large they are.
 */
public final class ArchivePrecisionRows {

    /** SQLite's BINARY order of text: UTF-8 bytes, unsigned; NULL first. */
    static final Comparator<String> GROUP_ORDER = Comparator.nullsFirst(
            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

    private ArchivePrecisionRows() {
    }

    /** Every row of {@code kind} in {@code c}, each as {@link #joined} text, sorted: a multiset as a list. */
    public static List<String> all(Connection c, CarriedKind kind) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Groups g = groups(c, kind)) {
            while (g.hasNext()) {
                for (List<String> row : g.next()) {
                    out.add(joined(row));
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /** A row as {@code a|b|c}, NULL as {@code NULL}. */
    public static String joined(List<String> row) {
        return row.stream().map(v -> v == null ? "NULL" : v).collect(Collectors.joining("|"));
    }

    /** The rows of {@code kind} in {@code c}, a group at a time; close it when done. */
    static Groups groups(Connection c, CarriedKind kind) throws SQLException {
        if (!tableExists(c, kind.table())) {
            return new Groups(kind, null, null);
        }
        String columns = kind.columns().stream().map(col -> "\"" + col.name() + "\"").collect(Collectors.joining(", "));
        String sql = "SELECT CAST(\"" + kind.groupColumn() + "\" AS TEXT), " + columns + " FROM \"" + kind.table()
                + "\" ORDER BY 1";
        Statement st = c.createStatement();
        try {
            return new Groups(kind, st, st.executeQuery(sql));
        } catch (SQLException e) {
            st.close();
            throw e;
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A cursor over the groups of one kind's rows, in {@link #GROUP_ORDER}. */
    static final class Groups implements AutoCloseable {
        private final CarriedKind kind;
        private final Statement statement;
        private final ResultSet rows;
        private boolean onRow;
        private String key;

        private Groups(CarriedKind kind, Statement statement, ResultSet rows) throws SQLException {
            this.kind = kind;
            this.statement = statement;
            this.rows = rows;
            advance();
        }

        boolean hasNext() {
            return onRow;
        }

        /** The group column's text of the next group (may be null); only while {@link #hasNext}. */
        String key() {
            return key;
        }

        /** The next group's rows, at archive precision. */
        List<List<String>> next() throws SQLException {
            List<List<String>> group = new ArrayList<>();
            String current = key;
            while (onRow && java.util.Objects.equals(key, current)) {
                group.add(row());
                advance();
            }
            return group;
        }

        private List<String> row() throws SQLException {
            List<PreciseColumn> columns = kind.columns();
            List<String> stored = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                stored.add(rows.getString(i + 2));
            }
            List<String> compared = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                compared.add(columns.get(i).normalise(stored.get(i), stored));
            }
            return compared;
        }

        private void advance() throws SQLException {
            onRow = rows != null && rows.next();
            key = onRow ? rows.getString(1) : null;
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
