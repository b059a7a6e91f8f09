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
 * with their column names, and its named indexes.
 */
record ExistingSchema(Map<String, List<String>> columns, Set<String> indexes) {

    static final ExistingSchema EMPTY = new ExistingSchema(Map.of(), Set.of());

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
        return new ExistingSchema(Collections.unmodifiableMap(columns), Collections.unmodifiableSet(indexes));
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
