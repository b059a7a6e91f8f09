package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code prayer_activity_log} table. */
public final class PrayerActivityLogRepository extends Repository<PrayerActivityLogRow> {

    PrayerActivityLogRepository() {
        super(new RowTable<>("prayer_activity_log",
                List.of("id", "prayer_id", "user_id", "action", "old_value", "new_value", "created_at",
                        "text_file_path"),
                l -> new Object[] {l.id(), l.prayerId(), l.userId(), l.action(), l.oldValue(), l.newValue(),
                        l.createdAt(), l.textFilePath()},
                rs -> new PrayerActivityLogRow(rs.getString("id"), rs.getString("prayer_id"), rs.getString("user_id"),
                        rs.getString("action"), rs.getString("old_value"), rs.getString("new_value"),
                        Columns.time(rs, "created_at"), rs.getString("text_file_path"))));
    }

    /** A prayer's history, oldest first (ties in insertion order): the order to replay it in. */
    public List<PrayerActivityLogRow> findByPrayer(Connection c, String prayerId) throws SQLException {
        return table.where(c, "prayer_id = ? ORDER BY created_at, rowid", prayerId);
    }

    /**
     * The rows of many prayers at once, their ids given as a JSON array of strings; grouped by prayer, each
     * prayer's in insertion (rowid) order.
     */
    public List<PrayerActivityLogRow> findByPrayers(Connection c, String prayerIdsJson) throws SQLException {
        return table.where(c, "prayer_id IN (SELECT value FROM json_each(?)) ORDER BY prayer_id, rowid",
                prayerIdsJson);
    }
}
