package org.thywill.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code heal_prayer_state} table (migration V4) and the triggers that count every write to a prayer's rows
 * (its {@code prayer} row, marks, activity log and attributes), by any program, the original app included. Heal
 * records, per prayer, the count it read with the rows its files now carry, and which files those are; a later heal
 * skips a prayer whose count has not moved and whose files are unchanged. The triggers only update existing state
 * rows (a lookup by key): a cold import into a database heal never touched pays nothing for them.
 */
public final class HealPrayerStates {

    /** A prayer a heal settled: its files carry the rows read when its change count was {@code changes}. */
    public record Settled(String prayerId, long changes, String files) {
    }

    /** What the last heal recorded of a prayer still settled, and the prayer's current {@code text_file_path}. */
    public record Recorded(String files, String textFilePath) {
    }

    /** The tables whose rows a prayer file carries, with the column naming the prayer. */
    private static final Map<String, String> TRACKED = Map.of(
            "prayer", "id",
            "prayermark", "prayer_id",
            "prayer_activity_log", "prayer_id",
            "prayer_attributes", "prayer_id");

    /**
     * The {@code prayer} columns a prayer file carries: an update of any other (the {@code text_file_path} pointer
     * heal itself sets, flags, safety scores) changes nothing heal writes. Heal compares the pointer itself.
     */
    private static final String PRAYER_FILE_COLUMNS =
            "id, author_username, text, generated_prayer, project_tag, created_at";

    private HealPrayerStates() {
    }

    /**
     * Makes the counting trustworthy before a heal: creates any missing trigger (the original's migrations may drop
     * one with the table it rebuilds; whatever changed meanwhile was not counted, so then no prayer stays settled),
     * gives every prayer a state row (counted from now on), and drops the rows of deleted prayers. Call in a write
     * transaction.
     *
     * @return the triggers that had to be created
     */
    public static int prepare(Connection c) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'heal_state_%'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        int created = 0;
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> t : TRACKED.entrySet()) {
                for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
                    String name = "heal_state_" + t.getKey() + "_" + event.toLowerCase(java.util.Locale.ROOT);
                    if (!existing.contains(name)) {
                        s.executeUpdate(trigger(name, event, t.getKey(), t.getValue()));
                        created++;
                    }
                }
            }
            if (created > 0) {
                s.executeUpdate("UPDATE heal_prayer_state SET healed_changes = -1, files = NULL");
            }
            s.executeUpdate("DELETE FROM heal_prayer_state WHERE prayer_id NOT IN (SELECT id FROM prayer)");
            s.executeUpdate("INSERT OR IGNORE INTO heal_prayer_state (prayer_id) SELECT id FROM prayer");
        }
        return created;
    }

    private static String trigger(String name, String event, String table, String column) {
        String which = switch (event) {
            case "INSERT" -> "= NEW." + column;
            case "DELETE" -> "= OLD." + column;
            default -> "IN (OLD." + column + ", NEW." + column + ")";
        };
        String on = event.equals("UPDATE") && table.equals("prayer") ? "UPDATE OF " + PRAYER_FILE_COLUMNS : event;
        return "CREATE TRIGGER IF NOT EXISTS " + name + " AFTER " + on + " ON \"" + table + "\" BEGIN"
                + " UPDATE heal_prayer_state SET changes = changes + 1 WHERE prayer_id " + which + "; END";
    }

    /** Every prayer settled at its current change count, by id. */
    public static Map<String, Recorded> settled(Connection c) throws SQLException {
        Map<String, Recorded> settled = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.prayer_id, s.files, p.text_file_path"
                + " FROM heal_prayer_state s JOIN prayer p ON p.id = s.prayer_id"
                + " WHERE s.healed_changes = s.changes AND s.files IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                settled.put(rs.getString(1), new Recorded(rs.getString(2), rs.getString(3)));
            }
        }
        return settled;
    }

    /** The change counts of these prayers (ids as a JSON array); a prayer without a state row is absent. */
    public static Map<String, Long> changes(Connection c, String prayerIdsJson) throws SQLException {
        Map<String, Long> changes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT prayer_id, changes FROM heal_prayer_state"
                + " WHERE prayer_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, prayerIdsJson);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return changes;
    }

    /** Records what a heal settled. Call in a write transaction, after the files are durable. */
    public static void settle(Connection c, Collection<Settled> settled) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE heal_prayer_state SET healed_changes = ?, files = ? WHERE prayer_id = ?")) {
            for (Settled s : settled) {
                ps.setLong(1, s.changes());
                ps.setString(2, s.files());
                ps.setString(3, s.prayerId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

}
