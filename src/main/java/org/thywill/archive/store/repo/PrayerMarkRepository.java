package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code prayermark} table. */
public final class PrayerMarkRepository {

    static final RowTable<PrayerMarkRow> TABLE = new RowTable<>("prayermark",
            List.of("id", "username", "prayer_id", "created_at", "text_file_path"),
            m -> new Object[] {m.id(), m.username(), m.prayerId(), m.createdAt(), m.textFilePath()},
            rs -> new PrayerMarkRow(rs.getString("id"), rs.getString("username"), rs.getString("prayer_id"),
                    Columns.time(rs, "created_at"), rs.getString("text_file_path")));

    private PrayerMarkRepository() {
    }

    public static void insert(Connection c, PrayerMarkRow row) throws SQLException {
        TABLE.insert(c, row);
    }

    public static BatchInsert<PrayerMarkRow> batch(Connection c) throws SQLException {
        return TABLE.batch(c);
    }

    public static long insertAll(Connection c, Iterable<? extends PrayerMarkRow> rows) throws SQLException {
        return TABLE.insertAll(c, rows);
    }

    /** A prayer's marks, oldest first (ties in insertion order). */
    public static List<PrayerMarkRow> findByPrayer(Connection c, String prayerId) throws SQLException {
        return TABLE.where(c, "prayer_id = ? ORDER BY created_at, rowid", prayerId);
    }

    public static List<PrayerMarkRow> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
