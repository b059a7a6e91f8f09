package org.thywill.archive.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ThyWill SQLite file, opened for this pipeline: schema migrated or adopted on {@link #open}, then one
 * writer connection (all writes, one IMMEDIATE transaction at a time, threads queue for it) and a few read-only
 * connections (each read sees one consistent snapshot; in WAL mode they never wait for the writer).
 *
 * <p>Transactions are begun and ended here with explicit {@code BEGIN IMMEDIATE} / {@code COMMIT} /
 * {@code ROLLBACK}; the connection stays in JDBC auto-commit mode. (sqlite-jdbc's {@code setAutoCommit(false)}
 * re-opens a transaction right after every commit, which on an IMMEDIATE connection would keep the write lock
 * between our transactions, and leaves its own state inconsistent when {@code BEGIN} times out.) Work must not
 * call {@code commit}, {@code rollback} or {@code setAutoCommit} on the connection it is given.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final StoreSettings settings;
    private final SchemaMigration migration;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final List<Connection> readers;
    private final BlockingQueue<Connection> idleReaders;
    private volatile boolean closed;

    private Database(Path file, StoreSettings settings, SchemaMigration migration, Connection writer,
                     List<Connection> readers) {
        this.file = file;
        this.settings = settings;
        this.migration = migration;
        this.writer = writer;
        this.readers = readers;
        this.idleReaders = new ArrayBlockingQueue<>(readers.size(), false, readers);
    }

    /** {@link #open(Path, StoreSettings)} with {@link StoreSettings#defaults()}. */
    public static Database open(Path file) {
        return open(file, StoreSettings.defaults());
    }

    /**
     * Opens (creating if absent) the database at {@code file} and brings its schema up to date, or refuses it.
     *
     * @throws NotAThyWillDatabaseException the file holds another application's tables, is not SQLite, or its
     *                                      ThyWill tables lack columns; it was not changed
     * @throws StoreException               the file cannot be opened or migrated
     */
    public static Database open(Path file, StoreSettings settings) {
        Path absolute = file.toAbsolutePath().normalize();
        var writerSource = SqliteConnections.writerDataSource(absolute, settings);
        SchemaMigration migration = SchemaMigrator.migrate(absolute, writerSource, settings);
        List<Connection> opened = new ArrayList<>();
        try {
            Connection writer = writerSource.getConnection();
            opened.add(writer);
            requireWal(absolute, writer);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < settings.readConnections(); i++) {
                Connection reader = SqliteConnections.openReader(absolute, settings);
                opened.add(reader);
                readers.add(reader);
            }
            return new Database(absolute, settings, migration, writer, List.copyOf(readers));
        } catch (SQLException | RuntimeException e) {
            opened.forEach(Database::closeQuietly);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot open " + absolute + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public StoreSettings settings() {
        return settings;
    }

    /** What {@link #open} did to the schema. */
    public SchemaMigration migration() {
        return migration;
    }

    /**
     * Runs {@code work} in one IMMEDIATE transaction on the writer connection and commits it; on any exception
     * rolls everything back and rethrows it (a {@link SQLException} wrapped in a {@link StoreException}).
     * Threads wait here for each other. Not re-entrant: calling it from inside {@code work} is an error.
     */
    public <T> T inTransaction(SqlFunction<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("inTransaction called inside a transaction on " + file
                    + "; pass the connection down instead of nesting");
        }
        writeLock.lock();
        try {
            requireOpen();
            execute(writer, "BEGIN IMMEDIATE");
            T result;
            try {
                result = work.apply(writer);
                execute(writer, "COMMIT");
            } catch (Throwable t) {
                rollbackAfter(writer, t);
                throw t;
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("transaction on " + file + " failed and was rolled back: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** {@link #inTransaction} for work that returns nothing. */
    public void runInTransaction(SqlConsumer work) {
        inTransaction(c -> {
            work.accept(c);
            return null;
        });
    }

    /**
     * Runs {@code work} on a read-only connection, inside one read transaction so every query sees the same
     * snapshot. Does not see the writer's uncommitted work. Waits up to the busy timeout for a free connection.
     */
    public <T> T read(SqlFunction<T> work) {
        requireOpen();
        Connection reader;
        try {
            reader = idleReaders.poll(settings.busyTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection to " + file, e);
        }
        if (reader == null) {
            throw new StoreException("all " + readers.size() + " read connections to " + file + " stayed busy for "
                    + settings.busyTimeout().toMillis() + " ms");
        }
        try {
            execute(reader, "BEGIN");
            T result;
            try {
                result = work.apply(reader);
            } catch (Throwable t) {
                rollbackAfter(reader, t);
                throw t;
            }
            execute(reader, "ROLLBACK");
            return result;
        } catch (SQLException e) {
            throw new StoreException("read from " + file + " failed: " + e.getMessage(), e);
        } finally {
            idleReaders.add(reader);
        }
    }

    /** Waits for the running transaction, then closes every connection. Idempotent. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(writer);
            readers.forEach(Database::closeQuietly);
        } finally {
            writeLock.unlock();
        }
    }

    /** Rolls back after {@code cause}, keeping {@code cause} the exception reported. */
    private static void rollbackAfter(Connection c, Throwable cause) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors (SQLITE_FULL, SQLITE_IOERR...); then there is
            // nothing left to roll back and ROLLBACK says so. Either way no transaction is open now.
            cause.addSuppressed(e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("database " + file + " is closed");
        }
    }

    private static void requireWal(Path file, Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            String mode = rs.next() ? rs.getString(1) : "?";
            if (!mode.equalsIgnoreCase("wal")) {
                throw new StoreException(file + " could not be switched to WAL (journal_mode is " + mode
                        + "); another process may hold it open in exclusive mode");
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing useful to do with a failure here
        }
    }
}
