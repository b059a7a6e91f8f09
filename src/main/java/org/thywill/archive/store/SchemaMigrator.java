package org.thywill.archive.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.thywill.archive.store.SchemaMigration.OpenedAs;

/**
 * Brings a file to the current schema with Flyway ({@code classpath:db/migration}), after deciding whether the
 * store may touch it at all. The decision is taken on a read-only look at the file, so a refused file is left
 * exactly as it was.
 *
 * <ul>
 *   <li>no tables (a new or empty file) → all migrations run;</li>
 *   <li>tables, but not both {@code user} and {@code prayer} → {@link NotAThyWillDatabaseException};</li>
 *   <li>ThyWill tables that lack a column V1 declares → {@link NotAThyWillDatabaseException} (extra columns,
 *       e.g. from an older version of the original, are fine: the store names every column it writes);</li>
 *   <li>Flyway's history present → pending migrations run;</li>
 *   <li>every ThyWill table and index present → baseline at 1, then V2+;</li>
 *   <li>some missing → baseline at 0, V1 (all {@code IF NOT EXISTS}) creates only the missing ones, then V2+.</li>
 * </ul>
 */
final class SchemaMigrator {

    static final String HISTORY_TABLE = "flyway_schema_history";
    /** The highest {@code V<n>__*.sql} in {@code db/migration} ({@code SchemaMigratorTest} keeps it true). */
    static final int LATEST_VERSION = 4;
    private static final List<String> REQUIRED_TABLES = List.of("user", "prayer");

    private SchemaMigrator() {
    }

    static SchemaMigration migrate(Path file, DataSource writer, StoreSettings settings) {
        ExistingSchema existing = inspect(file, settings);
        OpenedAs openedAs = plan(file, existing);
        if (openedAs == OpenedAs.MANAGED && existing.migratedVersion() != null
                && existing.migratedVersion() == LATEST_VERSION) {
            // Up to date: Flyway would only scan its migrations to find nothing to do (half a second per command).
            return new SchemaMigration(openedAs, 0, String.valueOf(LATEST_VERSION));
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(writer)
                    .locations("classpath:db/migration")
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(openedAs == OpenedAs.ADOPTED || openedAs == OpenedAs.ADOPTED_AND_COMPLETED)
                    .baselineVersion(openedAs == OpenedAs.ADOPTED_AND_COMPLETED ? "0" : "1")
                    .baselineDescription("existing ThyWill database adopted")
                    .cleanDisabled(true)
                    .load();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            String version = current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
            return new SchemaMigration(openedAs, result.migrationsExecuted, version);
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the schema of " + file + ": " + e.getMessage(), e);
        }
    }

    static OpenedAs plan(Path file, ExistingSchema existing) {
        Set<String> own = new TreeSet<>(existing.tables());
        own.remove(HISTORY_TABLE);
        if (own.isEmpty()) {
            return OpenedAs.NEW_DATABASE;
        }
        if (!own.containsAll(REQUIRED_TABLES)) {
            throw new NotAThyWillDatabaseException(file + " is not a ThyWill database: it holds the tables " + own
                    + " but not the ThyWill tables " + REQUIRED_TABLES + ". It was not changed; point the store at a"
                    + " ThyWill thywill.db, or at a new file.");
        }
        ThyWillSchema expected = ThyWillSchema.get();
        List<String> missingColumns = new ArrayList<>();
        for (String table : expected.tables()) {
            if (own.contains(table)) {
                for (String column : expected.columns(table)) {
                    if (!existing.columns().get(table).contains(column)) {
                        missingColumns.add(table + "." + column);
                    }
                }
            }
        }
        if (!missingColumns.isEmpty()) {
            throw new NotAThyWillDatabaseException(file + " has ThyWill tables that lack columns this pipeline needs: "
                    + missingColumns + ". It was not changed; the store adds tables but never alters the original's.");
        }
        if (existing.tables().contains(HISTORY_TABLE)) {
            return OpenedAs.MANAGED;
        }
        boolean complete = own.containsAll(expected.tables()) && existing.indexes().containsAll(expected.indexes());
        return complete ? OpenedAs.ADOPTED : OpenedAs.ADOPTED_AND_COMPLETED;
    }

    static ExistingSchema inspect(Path file, StoreSettings settings) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return ExistingSchema.EMPTY;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = SqliteConnections.openForInspection(file, settings)) {
            return ExistingSchema.read(c);
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw new NotAThyWillDatabaseException(file + " is not an SQLite database. It was not changed.");
            }
            throw new StoreException("cannot read the schema of " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema of " + file + ": " + e.getMessage(), e);
        }
    }
}
