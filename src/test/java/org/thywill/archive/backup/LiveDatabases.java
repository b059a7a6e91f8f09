package org.thywill.archive.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.thywill.archive.store.Database;

/** Test databases and a normalized view of a database's content. */
final class LiveDatabases {

    private LiveDatabases() {
    }

    /** A ThyWill database with an extra table {@code load(grp, i, payload)} holding {@code groups} groups of {@code size} rows. */
    static Database withLoad(Path file, int groups, int size, int payloadBytes) {
        Database db = Database.open(file);
        db.runInTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE load (grp INTEGER NOT NULL, i INTEGER NOT NULL, payload TEXT NOT NULL)");
            }
        });
        for (int g = 0; g < groups; g++) {
            insertGroup(db, g, size, payloadBytes);
        }
        return db;
    }

    /** Inserts one group of {@code size} rows in one transaction. */
    static void insertGroup(Database db, int grp, int size, int payloadBytes) {
        String payload = "x".repeat(payloadBytes);
        db.runInTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO load (grp, i, payload) VALUES (?, ?, ?)")) {
                for (int i = 0; i < size; i++) {
                    ps.setInt(1, grp);
                    ps.setInt(2, i);
                    ps.setString(3, payload + grp);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    static Connection readOnly(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro&immutable=1");
    }

    /** Every table's schema and rows, each row rendered as text, rows sorted: equal for equal content. */
    static Map<String, List<String>> content(Path file) throws SQLException {
        try (Connection c = readOnly(file)) {
            return content(c);
        }
    }

    /**
     * {@link #content} read through an ordinary read-write connection, as the service opens the file: a {@code -wal}
     * beside it is replayed, as it would be for the service.
     */
    static Map<String, List<String>> contentAsOpened(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return content(c);
        }
    }

    private static Map<String, List<String>> content(Connection c) throws SQLException {
        Map<String, List<String>> all = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                all.put("schema:" + rs.getString(1), List.of(String.valueOf(rs.getString(2))));
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            if (!all.get("schema:" + t).get(0).startsWith("CREATE TABLE")) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.append(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(v))
                                .append('\u0001');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            all.put(t, rows);
        }
        return all;
    }
}
