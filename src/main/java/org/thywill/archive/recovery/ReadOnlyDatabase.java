package org.thywill.archive.recovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * A ThyWill database opened only to be read: a read-only SQLite connection that sets no journal mode and runs no
 * migration, so the file is never written (the live database is checked while the web app may be using it; a WAL
 * database's committed state is read as SQLite always reads it). A missing file is refused, never created.
 */
public final class ReadOnlyDatabase {

    private ReadOnlyDatabase() {
    }

    /**
     * @throws IllegalArgumentException there is no file at {@code file}, or it holds no ThyWill {@code user} table
     * @throws SQLException             SQLite cannot open it
     */
    public static Connection open(Path file, int busyTimeoutMs) throws SQLException {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException("no database at " + f);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(busyTimeoutMs);
        Connection c = config.createConnection("jdbc:sqlite:" + f);
        try {
            if (!ArchivePrecisionRows.tableExists(c, "user") || !ArchivePrecisionRows.tableExists(c, "prayer")) {
                throw new IllegalArgumentException(f + " is not a ThyWill database (it has no user and prayer tables)");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The number of rows of {@code table} matching {@code where} (0 when the table does not exist). */
    static long count(Connection c, String table, String where) throws SQLException {
        if (!ArchivePrecisionRows.tableExists(c, table)) {
            return 0;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"" + (where == null ? "" : " WHERE " + where))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
