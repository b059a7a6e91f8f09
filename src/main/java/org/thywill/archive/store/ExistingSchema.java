package org.thywill.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database file holds before the store touches it: its tables (SQLite's own {@code sqlite_*} left out)
 * with their column names, its named indexes, and the highest schema version Flyway's history records when every
 * migration in it succeeded (else null).
 */
record ExistingSchema(Map<String, List<String>> columns, Set<String> indexes, Integer migratedVersion) {

    static final ExistingSchema EMPTY = new ExistingSchema(Map.of(), Set.of(), null);

    Set<String> tables() {
        return columns.keySet();
    }

    static ExistingSchema read(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Set<String> indexes = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                if (rs.getString(1).equals("table")) {
                    columns.put(rs.getString(2), List.of());
                } else if (rs.getString(1).equals("index")) {
                    indexes.add(rs.getString(2));
                }
            }
        }
        for (String table : List.copyOf(columns.keySet())) {
            columns.put(table, columnsOf(c, table));
        }
        Integer migrated = columns.containsKey(SchemaMigrator.HISTORY_TABLE) ? migratedVersion(c) : null;
        return new ExistingSchema(Collections.unmodifiableMap(columns), Collections.unmodifiableSet(indexes), migrated);
    }

    private static Integer migratedVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)), min(success) FROM \""
                     + SchemaMigrator.HISTORY_TABLE + "\" WHERE version IS NOT NULL")) {
            if (!rs.next() || rs.getObject(1) == null || rs.getInt(2) != 1) {
                return null;
            }
            return rs.getInt(1);
        }
    }

    static List<String> columnsOf(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return List.copyOf(names);
    }
}
