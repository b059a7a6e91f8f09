package org.thywill.archive.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The original's tables, columns and indexes, as migration V1 declares them. Derived once by running V1 on an
 * in-memory database, so the migration file stays the only place the schema is written down.
 */
final class ThyWillSchema {

    static final String V1_RESOURCE = "db/migration/V1__thywill_schema.sql";

    private static final class Holder {
        static final ThyWillSchema INSTANCE = load();
    }

    /** Table name → its column names, in V1 order. */
    private final Map<String, List<String>> columns;
    private final Set<String> indexes;

    private ThyWillSchema(Map<String, List<String>> columns, Set<String> indexes) {
        this.columns = Collections.unmodifiableMap(columns);
        this.indexes = Collections.unmodifiableSet(indexes);
    }

    static ThyWillSchema get() {
        return Holder.INSTANCE;
    }

    Set<String> tables() {
        return columns.keySet();
    }

    List<String> columns(String table) {
        return columns.get(table);
    }

    Set<String> indexes() {
        return indexes;
    }

    /** V1's statements, comments dropped; it contains no {@code ;} other than the statement ends. */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (!line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        return Arrays.stream(sql.toString().split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static ThyWillSchema load() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement()) {
            for (String statement : statements(readV1())) {
                st.executeUpdate(statement);
            }
            Map<String, List<String>> columns = new LinkedHashMap<>();
            Set<String> indexes = new TreeSet<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
                while (rs.next()) {
                    if (rs.getString(1).equals("table")) {
                        columns.put(rs.getString(2), new ArrayList<>());
                    } else if (rs.getString(1).equals("index")) {
                        indexes.add(rs.getString(2));
                    }
                }
            }
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                table.getValue().addAll(ExistingSchema.columnsOf(c, table.getKey()));
            }
            return new ThyWillSchema(columns, indexes);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + V1_RESOURCE + " on an in-memory database", e);
        }
    }

    private static String readV1() {
        try (InputStream in = ThyWillSchema.class.getClassLoader().getResourceAsStream(V1_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(V1_RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
