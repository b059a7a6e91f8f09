package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code prayer_attributes} table. */
public final class PrayerAttributeRepository extends Repository<PrayerAttributeRow> {

    PrayerAttributeRepository() {
        super(new RowTable<>("prayer_attributes",
                List.of("id", "prayer_id", "attribute_name", "attribute_value", "created_at", "created_by",
                        "text_file_path"),
                a -> new Object[] {a.id(), a.prayerId(), a.attributeName(), a.attributeValue(), a.createdAt(),
                        a.createdBy(), a.textFilePath()},
                rs -> new PrayerAttributeRow(rs.getString("id"), rs.getString("prayer_id"),
                        rs.getString("attribute_name"), rs.getString("attribute_value"), Columns.time(rs, "created_at"),
                        rs.getString("created_by"), rs.getString("text_file_path"))));
    }

    /** A prayer's attributes, oldest first (ties in insertion order). */
    public List<PrayerAttributeRow> findByPrayer(Connection c, String prayerId) throws SQLException {
        return table.where(c, "prayer_id = ? ORDER BY created_at, rowid", prayerId);
    }

    /**
     * The prayer's attribute of that name. The original keeps one row per name, but its importer can add
     * duplicates; then this is the first one inserted.
     */
    public Optional<PrayerAttributeRow> find(Connection c, String prayerId, String attributeName)
            throws SQLException {
        return table.one(c, "prayer_id = ? AND attribute_name = ? ORDER BY rowid", prayerId, attributeName);
    }

    /**
     * The rows of many prayers at once, their ids given as a JSON array of strings; grouped by prayer, each
     * prayer's in insertion (rowid) order.
     */
    public List<PrayerAttributeRow> findByPrayers(Connection c, String prayerIdsJson) throws SQLException {
        return table.where(c, "prayer_id IN (SELECT value FROM json_each(?)) ORDER BY prayer_id, rowid",
                prayerIdsJson);
    }
}
