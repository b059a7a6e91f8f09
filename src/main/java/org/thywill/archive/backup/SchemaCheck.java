package org.thywill.archive.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.thywill.archive.store.Database;

/**
 * Checks a database file against the current schema: the tables, columns and indexes the migrations create on a
 * new database (derived once per JVM by running them on a scratch file, so the migrations stay the only place the
 * schema is written down), the current Flyway version, {@code PRAGMA integrity_check}, and {@code PRAGMA
 * foreign_key_check}, whose rows are reported but are not a failure: the original never enables foreign keys and
 * its importer writes references that need not resolve (see the store's {@code SqliteConnections}). Extra tables
 * and columns (an older version of the original had some) are fine.
 */
public final class SchemaCheck {

    /** The tables without which the store refuses a file as "not a ThyWill database". */
    static final List<String> THYWILL_TABLES = List.of("user", "prayer");
    private static final int FOREIGN_KEY_SAMPLE = 20;

    /** Tables (with their columns), indexes and schema version of a database. */
    record Shape(Map<String, Set<String>> columns, Set<String> indexes, String version) {
    }

    private static final class Current {
        static final Shape SHAPE = migrateScratch();
    }

    private SchemaCheck() {
    }

    /** What the current migrations create on a new database. */
    static Shape current() {
        return Current.SHAPE;
    }

    /**
     * Why the store would refuse to open the file, or null: it lacks one of {@link #THYWILL_TABLES}, or a table it
     * has lacks a column the current schema gives that table (the store adds tables, never columns, so the service
     * could not open such a file). Tables it lacks entirely are no reason: opening creates them.
     */
    static String refusal(Path file) throws SQLException {
        Shape shape;
        try (Connection c = openImmutable(file)) {
            shape = read(c);
        }
        List<String> missingTables = THYWILL_TABLES.stream().filter(t -> !shape.columns().containsKey(t)).toList();
        if (!missingTables.isEmpty()) {
            return "it is not a ThyWill database: it lacks the table(s) " + missingTables;
        }
        List<String> missingColumns = new ArrayList<>();
        current().columns().forEach((table, columns) -> {
            Set<String> present = shape.columns().get(table);
            if (present != null) {
                columns.stream().filter(column -> !present.contains(column))
                        .forEach(column -> missingColumns.add(table + "." + column));
            }
        });
        return missingColumns.isEmpty() ? null
                : "its tables lack column(s) the store needs, so the service could not open it: " + missingColumns;
    }

    /**
     * Checks {@code file}, which must be a single file (no {@code -wal} beside it: it is read as immutable).
     *
     * @param versionBefore     the version the backup had, for the report
     * @param openedAs          how the store opened it
     * @param migrationsApplied how many migrations ran
     */
    public static SchemaReport check(Path file, String versionBefore, String openedAs, int migrationsApplied)
            throws SQLException {
        Shape expected = current();
        List<String> problems = new ArrayList<>();
        List<String> sample = new ArrayList<>();
        long violations = 0;
        Shape actual;
        try (Connection c = openImmutable(file)) {
            List<String> integrity = lines(c, "PRAGMA integrity_check");
            if (!SqliteFile.isOk(integrity)) {
                problems.add("PRAGMA integrity_check failed: "
                        + String.join("; ", integrity.subList(0, Math.min(5, integrity.size()))));
            }
            actual = read(c);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    violations++;
                    if (sample.size() < FOREIGN_KEY_SAMPLE) {
                        sample.add(rs.getString(1) + " rowid " + rs.getString(2) + " -> " + rs.getString(3));
                    }
                }
            }
        }
        if (!expected.version().equals(actual.version())) {
            problems.add("schema version " + actual.version() + ", the current one is " + expected.version());
        }
        expected.columns().forEach((table, columns) -> {
            Set<String> present = actual.columns().get(table);
            if (present == null) {
                problems.add("table " + table + " is missing");
            } else {
                Set<String> missing = new TreeSet<>(columns);
                missing.removeAll(present);
                if (!missing.isEmpty()) {
                    problems.add("table " + table + " lacks the column(s) " + missing);
                }
            }
        });
        Set<String> missingIndexes = new TreeSet<>(expected.indexes());
        missingIndexes.removeAll(actual.indexes());
        if (!missingIndexes.isEmpty()) {
            problems.add("missing index(es) " + missingIndexes);
        }
        return new SchemaReport(versionBefore, actual.version(), openedAs, migrationsApplied, problems.isEmpty(),
                List.copyOf(problems), violations, List.copyOf(sample));
    }

    static Shape read(Connection c) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        Set<String> indexes = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'index')"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                if (rs.getString(1).equals("table")) {
                    columns.put(rs.getString(2), new LinkedHashSet<>());
                } else {
                    indexes.add(rs.getString(2));
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : columns.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
                ps.setString(1, table.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        table.getValue().add(rs.getString(1));
                    }
                }
            }
        }
        return new Shape(columns, indexes, version(c, columns.keySet()));
    }

    private static String version(Connection c, Set<String> tables) throws SQLException {
        if (!tables.contains(SqliteFile.HISTORY_TABLE)) {
            return null;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version FROM " + SqliteFile.HISTORY_TABLE + " WHERE success = 1 AND version IS NOT NULL"
                        + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> lines(Connection c, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    static Connection openImmutable(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().normalize().toUri()
                + "?mode=ro&immutable=1");
    }

    private static Shape migrateScratch() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("thywill-schema");
            Path scratch = dir.resolve("current.db");
            Database.open(scratch).close();
            SchemaUpgrade.toSingleFile(scratch);
            try (Connection c = openImmutable(scratch)) {
                return read(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot derive the current schema in a scratch folder", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the current schema from a scratch database", e);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a scratch folder under the system temp directory
        }
    }
}
