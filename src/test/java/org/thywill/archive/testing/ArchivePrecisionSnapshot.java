package org.thywill.archive.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.store.SqliteFacts;

/**
 * Test helper: what a ThyWill database holds at archive precision, read with plain SQL (independent of the
 * reconciler): datetimes cut to the minute, {@code answer_date} values cut to the minute, every table as a sorted
 * list of rows (a multiset), one {@code |}-joined string per row.
 */
public record ArchivePrecisionSnapshot(List<String> users, List<String> prayers, List<String> marks,
                                List<String> attributes, List<String> logs, List<String> sessions,
                                List<String> inviteTokens, List<String> inviteUsage) {

    public static ArchivePrecisionSnapshot of(Path db) throws SQLException {
        try (Connection c = SqliteFacts.openReadOnly(db)) {
            return new ArchivePrecisionSnapshot(
                    rows(c, "SELECT display_name, created_at, invited_by_username, invite_token_used, text_file_path"
                            + " FROM user", 1),
                    rows(c, "SELECT id, author_username, text, generated_prayer, project_tag, created_at, text_file_path"
                            + " FROM prayer", 5),
                    rows(c, "SELECT prayer_id, username, created_at FROM prayermark", 2),
                    rows(c, "SELECT prayer_id, attribute_name, CASE WHEN attribute_name = 'answer_date'"
                            + " THEN 'date:' || attribute_value ELSE attribute_value END, created_by, created_at"
                            + " FROM prayer_attributes", 4),
                    rows(c, "SELECT prayer_id, user_id, action,"
                            + " CASE WHEN action LIKE '%answer_date' THEN 'date:' || old_value ELSE old_value END,"
                            + " CASE WHEN action LIKE '%answer_date' THEN 'date:' || new_value ELSE new_value END,"
                            + " created_at FROM prayer_activity_log", 5),
                    rows(c, "SELECT id, username, created_at, expires_at, device_info, ip_address,"
                            + " is_fully_authenticated FROM session", 2, 3),
                    rows(c, "SELECT token, created_by_user, usage_count, max_uses, used_by_user_id, token_type"
                            + " FROM invitetoken"),
                    rows(c, "SELECT invite_token_id, user_id, claimed_at FROM invite_token_usage", 2));
        }
    }

    /** Every row as {@code a|b|c}, the columns at {@code minuteColumns} (0-based) cut to the minute; sorted. */
    private static List<String> rows(Connection c, String sql, int... minuteColumns) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cols = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String v = rs.getString(i + 1);
                    for (int m : minuteColumns) {
                        if (m == i && v != null) {
                            v = v.substring(0, 16);
                        }
                    }
                    if (v != null && v.startsWith("date:")) {
                        String iso = v.substring(5);
                        v = ArchiveTime.parseIsoLocal(iso).map(t -> ArchiveTime.iso(ArchiveTime.toMinute(t))).orElse(iso);
                    }
                    cols.add(v == null ? "NULL" : v);
                }
                out.add(String.join("|", cols));
            }
        }
        Collections.sort(out);
        return out;
    }
}
