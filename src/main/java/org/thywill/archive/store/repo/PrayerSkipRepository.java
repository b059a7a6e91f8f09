package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code prayerskip} table. */
public final class PrayerSkipRepository {

    static final RowTable<PrayerSkipRow> TABLE = new RowTable<>("prayerskip",
            List.of("id", "user_id", "prayer_id", "created_at"),
            s -> new Object[] {s.id(), s.userId(), s.prayerId(), s.createdAt()},
            rs -> new PrayerSkipRow(rs.getString("id"), rs.getString("user_id"), rs.getString("prayer_id"),
                    Columns.time(rs, "created_at")));

    private PrayerSkipRepository() {
    }

    public static void insert(Connection c, PrayerSkipRow row) throws SQLException {
        TABLE.insert(c, row);
    }

    public static BatchInsert<PrayerSkipRow> batch(Connection c) throws SQLException {
        return TABLE.batch(c);
    }

    public static long insertAll(Connection c, Iterable<? extends PrayerSkipRow> rows) throws SQLException {
        return TABLE.insertAll(c, rows);
    }

    /** The user's skip of that prayer (the first one inserted, should there be several). */
    public static Optional<PrayerSkipRow> find(Connection c, String userId, String prayerId) throws SQLException {
        return TABLE.one(c, "user_id = ? AND prayer_id = ? ORDER BY rowid", userId, prayerId);
    }

    public static List<PrayerSkipRow> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
