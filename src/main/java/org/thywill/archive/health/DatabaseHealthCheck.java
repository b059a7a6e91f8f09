package org.thywill.archive.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The Camel health check {@code database}: UP when the live database file exists, is a readable regular file, and a
 * fresh read-only connection to it answers {@code SELECT 1} and reads its schema ({@code sqlite_master}); DOWN with the
 * reason otherwise (missing, a directory, unreadable, not an SQLite database, corrupt).
 *
 * <p>Every call opens its own connection on the path, never the service's open one: a connection already open keeps
 * the file it opened (its inode) even after the path was renamed away or replaced, and would report a database the
 * next open cannot reach. The connection is read-only ({@code mode=ro}) and waits at most a second for a lock. A
 * readiness check: restarting the service brings no database file back.
 *
 * <p>Details: {@code file} (the absolute path), {@code size-bytes} when it exists, {@code tables} (the schema's table
 * count) when it could be read.
 */
public final class DatabaseHealthCheck extends AbstractHealthCheck {

    public static final String ID = "database";

    private final Path file;

    public DatabaseHealthCheck(Path file) {
        super("thywill", ID);
        this.file = file.toAbsolutePath().normalize();
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("file", file.toString());
        String problem = fileProblem();
        if (problem != null) {
            builder.down().message("database " + file + ": " + problem);
            return;
        }
        try {
            builder.detail("size-bytes", Files.size(file));
            builder.detail("tables", readSchema());
            builder.up().message("database " + file + " answers");
        } catch (SQLException | java.io.IOException e) {
            builder.down().error(e).message("database " + file + " cannot be read: " + e.getMessage());
        }
    }

    private String fileProblem() {
        if (!Files.exists(file)) {
            return "the file is missing";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        if (!Files.isReadable(file)) {
            return "the file is not readable";
        }
        return null;
    }

    /** {@code SELECT 1}, then the number of tables: reading the schema reads the file's first page, its header. */
    private int readSchema() throws SQLException {
        String uri = file.toUri().toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + uri + "?mode=ro");
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=1000");
            try (ResultSet one = st.executeQuery("SELECT 1")) {
                if (!one.next() || one.getInt(1) != 1) {
                    throw new SQLException("SELECT 1 did not answer 1");
                }
            }
            try (ResultSet tables = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                tables.next();
                int n = tables.getInt(1);
                if (n == 0) {
                    throw new SQLException("the database holds no table (an empty file?)");
                }
                return n;
            }
        }
    }
}
