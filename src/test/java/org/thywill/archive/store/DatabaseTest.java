package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseTest {

    @TempDir
    Path dir;

    private Path file;
    private Database db;

    @BeforeEach
    void open() {
        file = dir.resolve("thywill.db");
        db = Database.open(file);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void writerRunsInWalWithTheBusyTimeoutNormalSyncImmediateTransactionsAndNoForeignKeys() {
        assertThat(writerPragma(db, "journal_mode")).isEqualTo("wal");
        assertThat(writerPragma(db, "busy_timeout")).isEqualTo("10000");
        assertThat(writerPragma(db, "synchronous")).isEqualTo("1"); // NORMAL
        assertThat(writerPragma(db, "foreign_keys")).isEqualTo("0");
        assertThat(writerPragma(db, "cache_size")).isEqualTo("-65536");
        SQLiteConfig.TransactionMode mode =
                db.inTransaction(c -> c.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode());
        assertThat(mode).isEqualTo(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    @Test
    void readersRunInWalWithTheBusyTimeoutAndCannotWrite() {
        assertThat(readerPragma(db, "journal_mode")).isEqualTo("wal");
        assertThat(readerPragma(db, "busy_timeout")).isEqualTo("10000");
        assertThat(readerPragma(db, "foreign_keys")).isEqualTo("0");
        assertThatThrownBy(() -> db.read(c -> {
            insertUser(c, "Sneaky");
            return null;
        }))
                .isInstanceOf(StoreException.class)
                .hasRootCauseInstanceOf(SQLiteException.class)
                .hasMessageContaining("readonly");
        assertThat(users()).isZero();
    }

    @Test
    void theBusyTimeoutIsConfigurable() {
        try (Database other = Database.open(dir.resolve("other.db"), StoreSettings.defaults().withBusyTimeout(Duration.ofMillis(2500)))) {
            assertThat(writerPragma(other, "busy_timeout")).isEqualTo("2500");
            assertThat(readerPragma(other, "busy_timeout")).isEqualTo("2500");
        }
    }

    @Test
    void aTransactionHoldsTheWriteLockFromItsStartAndReleasesItAtTheEnd() throws Exception {
        try (Connection outsider = outsider()) {
            db.runInTransaction(c -> {
                // nothing written yet: only an IMMEDIATE transaction holds the write lock at this point
                assertThatThrownBy(() -> insertUser(outsider, "Outsider"))
                        .isInstanceOfSatisfying(SQLiteException.class,
                                e -> assertThat(e.getResultCode()).isEqualTo(SQLiteErrorCode.SQLITE_BUSY));
            });
            insertUser(outsider, "Outsider");
            assertThat(SqliteFacts.count(outsider, "user")).isEqualTo(1);
            db.runInTransaction(c -> insertUser(c, "Insider"));
            assertThat(SqliteFacts.count(outsider, "user")).isEqualTo(2);
        }
    }

    @Test
    void aTransactionThatThrowsLeavesNoRowAndRethrowsTheSameException() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> db.runInTransaction(c -> {
            insertUser(c, "Joy at Dawn");
            insertUser(c, "Betty L.");
            throw boom;
        })).isSameAs(boom);

        assertThat(users()).isZero();
        db.runInTransaction(c -> insertUser(c, "Joy at Dawn"));
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void aFailingStatementRollsBackTheWholeTransactionAndIsReportedAsAStoreException() {
        assertThatThrownBy(() -> db.runInTransaction(c -> {
            insertUser(c, "Joy at Dawn");
            insertUser(c, "Joy at Dawn"); // primary key
        })).isInstanceOf(StoreException.class)
                .hasMessageContaining("rolled back")
                .hasCauseInstanceOf(SQLiteException.class);

        assertThat(users()).isZero();
    }

    @Test
    void nestedTransactionsAreRefusedAndTheOuterOneRollsBack() {
        assertThatThrownBy(() -> db.runInTransaction(c -> {
            insertUser(c, "Outer");
            db.runInTransaction(inner -> insertUser(inner, "Inner"));
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");

        assertThat(users()).isZero();
    }

    @Test
    void readsSeeOnlyCommittedWork() {
        db.runInTransaction(c -> {
            insertUser(c, "Pending");
            assertThat(SqliteFacts.count(c, "user")).isEqualTo(1);
            assertThat(users()).isZero();
        });
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void closedDatabaseRefusesWork() {
        db.close();
        assertThatThrownBy(() -> db.runInTransaction(c -> insertUser(c, "Late")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> users())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    /**
     * Writers from many threads share the one writer connection and readers read meanwhile. The busy timeout is
     * short (250 ms against transactions of well under a millisecond), so a reader or writer actually waiting on
     * another would surface as SQLITE_BUSY. It is not zero: even with one writer, SQLite takes internal locks for
     * an instant (e.g. a reader re-reading the wal-index header takes the write lock), and with a zero timeout
     * about one run in 40 failed on that.
     */
    @Test
    void concurrentWritersAndReadersNeverMeetSqliteBusy() throws Exception {
        db.close();
        db = Database.open(file, new StoreSettings(Duration.ofMillis(250), 4));
        int writers = 4;
        int transactionsEach = 150;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < transactionsEach; i++) {
                        int n = i;
                        db.runInTransaction(c -> {
                            insertUser(c, "writer " + writer + " user " + n);
                            insertUser(c, "writer " + writer + " user " + n + " twin");
                        });
                    }
                    return null;
                }));
            }
            List<Future<Long>> reads = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                reads.add(pool.submit(() -> {
                    long seen = 0;
                    long reads_ = 0;
                    while (writing.get()) {
                        long count = users();
                        assertThat(count % 2).as("a read never sees half a transaction").isZero();
                        assertThat(count).isGreaterThanOrEqualTo(seen);
                        seen = count;
                        reads_++;
                    }
                    return reads_;
                }));
            }
            for (Future<?> f : writes) {
                f.get();
            }
            writing.set(false);
            for (Future<Long> f : reads) {
                assertThat(f.get()).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(users()).isEqualTo(2L * writers * transactionsEach);
    }

    private long users() {
        Long count = db.read(c -> SqliteFacts.count(c, "user"));
        return count;
    }

    private static String writerPragma(Database database, String name) {
        String value = database.inTransaction(c -> pragma(c, name));
        return value;
    }

    private static String readerPragma(Database database, String name) {
        String value = database.read(c -> pragma(c, name));
        return value;
    }

    private Connection outsider() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(100);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void insertUser(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user (display_name, created_at, welcome_message_dismissed, is_supporter) VALUES (?, ?, 0, 0)")) {
            ps.setString(1, name);
            ps.setString(2, SqlTime.format(LocalDateTime.of(2024, 6, 5, 9, 7)));
            ps.executeUpdate();
        }
    }
}
