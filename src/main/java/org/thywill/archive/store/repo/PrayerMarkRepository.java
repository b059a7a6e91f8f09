package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code prayermark} table. */
public final class PrayerMarkRepository extends Repository<PrayerMarkRow> {

    PrayerMarkRepository() {
        super(new RowTable<>("prayermark",
                List.of("id", "username", "prayer_id", "created_at", "text_file_path"),
                m -> new Object[] {m.id(), m.username(), m.prayerId(), m.createdAt(), m.textFilePath()},
                rs -> new PrayerMarkRow(rs.getString("id"), rs.getString("username"), rs.getString("prayer_id"),
                        Columns.time(rs, "created_at"), rs.getString("text_file_path"))));
    }

    /** A prayer's marks, oldest first (ties in insertion order). */
    public List<PrayerMarkRow> findByPrayer(Connection c, String prayerId) throws SQLException {
        return table.where(c, "prayer_id = ? ORDER BY created_at, rowid", prayerId);
    }

    /**
     * The rows of many prayers at once, their ids given as a JSON array of strings; grouped by prayer, each
     * prayer's in insertion (rowid) order.
     */
    public List<PrayerMarkRow> findByPrayers(Connection c, String prayerIdsJson) throws SQLException {
        return table.where(c, "prayer_id IN (SELECT value FROM json_each(?)) ORDER BY prayer_id, rowid",
                prayerIdsJson);
    }
}
