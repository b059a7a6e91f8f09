package org.thywill.archive.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.NotAThyWillDatabaseException;
import org.thywill.archive.store.SchemaMigration;
import org.thywill.archive.store.StoreException;
import org.thywill.archive.store.StoreSettings;

/**
 * {@code restore-safe}'s migration of the staged copy, before it replaces anything: the store opens it exactly as
 * the service opens its database ({@link Database#open}: adopt, baseline, pending Flyway migrations), then the copy
 * is put back into one file ({@code journal_mode=DELETE}: the WAL the store used is checkpointed into it and
 * removed), so the rename moves everything the migration wrote.
 */
public final class SchemaUpgrade {

    private SchemaUpgrade() {
    }

    static SchemaMigration migrate(Path temp, Path backup, int busyTimeoutMs) {
        SchemaMigration m;
        StoreSettings settings = StoreSettings.defaults().withBusyTimeout(Duration.ofMillis(busyTimeoutMs))
                .withReadConnections(1);
        try (Database db = Database.open(temp, settings)) {
            m = db.migration();
        } catch (NotAThyWillDatabaseException e) {
            throw new RestoreException(RestoreException.Reason.BACKUP_REJECTED, "restore refused: the store refuses "
                    + backup + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "the migration of the restored copy of "
                    + backup + " failed: " + e.getMessage(), e);
        }
        try {
            toSingleFile(temp);
            StagedCopy.fsync(temp);
        } catch (SQLException | java.io.IOException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "could not write the migrated copy of " + backup
                    + " back into one file: " + e.getMessage(), e);
        }
        return m;
    }

    /** Leaves WAL mode (checkpointing everything into the file); afterwards no {@code -wal}/{@code -shm} is beside it. */
    public static void toSingleFile(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(1000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode=DELETE")) {
            String mode = rs.next() ? rs.getString(1) : "?";
            if (!mode.equalsIgnoreCase("delete")) {
                throw new SQLException("journal_mode stayed " + mode);
            }
        }
        for (String suffix : List.of("-wal", "-shm")) {
            if (Files.exists(file.resolveSibling(file.getFileName() + suffix))) {
                throw new SQLException(file.getFileName() + suffix + " is still there after leaving WAL mode");
            }
        }
    }
}
