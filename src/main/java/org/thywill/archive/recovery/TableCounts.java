package org.thywill.archive.recovery;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows per table of a single-file database that nothing else writes (a backup, a staged copy), read with
 * {@code mode=ro&immutable=1}: no lock, no {@code -wal}/{@code -shm}/journal created, not a byte changed.
 */
final class TableCounts {

    private TableCounts() {
    }

    static Map<String, Long> of(Path file) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().normalize().toUri()
                + "?mode=ro&immutable=1")) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                            + " ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Each table of {@code before} that has fewer rows in {@code after} (or is gone), as {@code table: n -> m}. */
    static List<String> lost(Map<String, Long> before, Map<String, Long> after) {
        List<String> lost = new ArrayList<>();
        before.forEach((table, n) -> {
            Long m = after.get(table);
            if (m == null || m < n) {
                lost.add(table + ": " + n + " -> " + (m == null ? "no table" : m));
            }
        });
        return lost;
    }
}
