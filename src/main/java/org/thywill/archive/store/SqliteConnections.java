package org.thywill.archive.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Every SQLite connection the store opens, configured in one place.
 *
 * <ul>
 *   <li>{@code journal_mode=WAL}: readers never block the writer nor the writer the readers, also across
 *       processes (the live ThyWill app on the same file). WAL is a property of the file and persists.</li>
 *   <li>{@code synchronous=NORMAL}: in WAL mode a commit survives an application crash; only an OS crash or
 *       power loss can roll back the last commits, never corrupt the file.</li>
 *   <li>{@code busy_timeout}: wait (default 10 s) for a lock another process holds instead of failing at once.</li>
 *   <li>{@code transaction_mode=IMMEDIATE}: a write transaction takes the write lock when it begins, so it can
 *       never fail half-way with SQLITE_BUSY when it upgrades from reading to writing (a deferred transaction
 *       can, and the busy timeout does not help it).</li>
 *   <li>{@code foreign_keys=OFF}: the original never enables enforcement (SQLite's default is off) and its
 *       importer writes rows whose references need not resolve (its text importer stores a mark's, attribute's
 *       and log's user as the first word of the name, reference §3, so "Joy at Dawn" becomes {@code Joy});
 *       enforcing here would reject rows the original accepts and make an import depend on file order.</li>
 *   <li>{@code cache_size} of the writer: 64 MiB instead of SQLite's 2 MiB, because bulk loads into indexes keyed
 *       by random hex ids touch pages all over the file (1M prayer marks in one transaction on a 2-core VM:
 *       12–15 s with the default, 9 s with 64 MiB). Readers keep the default.</li>
 *   <li>{@code date_class=TEXT}: a safety net only. The store never lets the driver convert dates: repositories
 *       bind datetimes as the original's exact text through {@link SqlTime}, so a stray {@code setTimestamp}
 *       at least writes text, not epoch milliseconds, into a DATETIME column.</li>
 * </ul>
 */
final class SqliteConnections {

    /** Negative: a size in KiB, as SQLite's {@code PRAGMA cache_size} takes it. */
    static final int WRITER_CACHE_KIB = -64 * 1024;

    private SqliteConnections() {
    }

    /** The one read-write configuration: used by the single writer connection and by the migration. */
    static SQLiteDataSource writerDataSource(Path file, StoreSettings settings) {
        SQLiteConfig config = common(settings);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(WRITER_CACHE_KIB);
        return dataSource(file, config);
    }

    /** A read-only connection: it cannot write even by mistake, so the writer stays the only one. */
    static Connection openReader(Path file, StoreSettings settings) throws SQLException {
        SQLiteConfig config = common(settings);
        config.setReadOnly(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        return dataSource(file, config).getConnection();
    }

    /**
     * A read-only connection that sets no journal mode: looking at a file we may still refuse must not change
     * it (switching to WAL rewrites the file header).
     */
    static Connection openForInspection(Path file, StoreSettings settings) throws SQLException {
        SQLiteConfig config = common(settings);
        config.setReadOnly(true);
        return dataSource(file, config).getConnection();
    }

    private static SQLiteConfig common(StoreSettings settings) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(settings.busyTimeoutMillis());
        config.enforceForeignKeys(false);
        config.setDateClass(SQLiteConfig.DateClass.TEXT.name());
        // Nothing here reads generated keys; fetching them eagerly prepares a statement after every INSERT.
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }
}
