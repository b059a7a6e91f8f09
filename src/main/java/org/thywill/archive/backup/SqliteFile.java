package org.thywill.archive.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * A read-only look inside a backup file. The file is opened with {@code mode=ro&immutable=1}: SQLite neither
 * writes to it nor creates {@code -wal}/{@code -shm}/journal files next to it, and takes no locks — right for a
 * finished backup that nothing else writes, and it leaves the bytes the sidecar hashed exactly as they were.
 */
final class SqliteFile implements AutoCloseable {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** SQLite's default compile-time ceiling for {@code mmap_size} (SQLITE_MAX_MMAP_SIZE); larger values are clamped. */
    private static final long MAX_MMAP_BYTES = 0x7fff0000L;

    private final Connection connection;

    private SqliteFile(Connection connection) {
        this.connection = connection;
    }

    static SqliteFile openReadOnly(Path file) throws SQLException {
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        return new SqliteFile(DriverManager.getConnection("jdbc:sqlite:" + uri + "?mode=ro&immutable=1"));
    }

    /**
     * {@link #openReadOnly}, reading the file through a memory map (up to SQLite's 2 GB limit; the rest is read as
     * usual). {@code PRAGMA integrity_check} then reads pages without a system call each: about half the time on a
     * 1 GB database. Only for a file nothing else can truncate or rewrite meanwhile (a backup's own temp file): a
     * mapped page that disappears is a fatal signal to the process, not an error SQLite could report.
     */
    static SqliteFile openReadOnlyMapped(Path file) throws SQLException {
        SqliteFile f = openReadOnly(file);
        try (Statement st = f.connection.createStatement()) {
            st.execute("PRAGMA mmap_size=" + MAX_MMAP_BYTES);
        } catch (SQLException e) {
            f.close();
            throw e;
        }
        return f;
    }

    /**
     * What is wrong with the file's header, or null: no SQLite magic string ("not an SQLite database"), or a file
     * shorter than the page count its header declares (truncated).
     */
    static String headerProblem(Path file) throws IOException {
        byte[] header = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        }
        if (read < MAGIC.length || !java.util.Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return "not an SQLite database (its first bytes are not the 'SQLite format 3' header)";
        }
        if (read < 100) {
            return "truncated: " + read + " bytes, shorter than an SQLite header";
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int rawPageSize = Short.toUnsignedInt(b.getShort(16));
        long pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        long pages = Integer.toUnsignedLong(b.getInt(28));
        long expected = pageSize * pages;
        long actual = Files.size(file);
        if (pages > 0 && actual < expected) {
            return "truncated: the header declares " + pages + " pages of " + pageSize + " bytes (" + expected
                    + " bytes) but the file has " + actual + " bytes";
        }
        return null;
    }

    /** {@code PRAGMA integrity_check}'s lines: exactly {@code ["ok"]} when the database is sound. */
    List<String> integrityCheck() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    static boolean isOk(List<String> integrity) {
        return integrity.size() == 1 && "ok".equals(integrity.get(0));
    }

    /** The row count of every table (SQLite's own {@code sqlite_*} tables excepted), by name. */
    Map<String, Long> rowCounts() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                        + " ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** The highest successfully applied Flyway version, or null when the database has no Flyway history. */
    String schemaVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + HISTORY_TABLE + "'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return null;
            }
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version FROM " + HISTORY_TABLE + " WHERE success = 1 AND version IS NOT NULL"
                        + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    int userVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    String sqliteVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
