package org.thywill.archive.bundle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.thywill.archive.store.SqlTime;

/**
 * Reads one member's rows by exact display name (SQLite {@code =} on TEXT is exact and case-sensitive): the user,
 * the prayers they wrote ({@code author_username}), their prayer marks. Plain SQL on a read connection.
 */
final class MemberQueries {

    private MemberQueries() {
    }

    static Optional<MemberRecords> find(Connection c, String displayName) throws SQLException {
        java.time.LocalDateTime registered;
        try (PreparedStatement ps = c.prepareStatement("SELECT created_at FROM user WHERE display_name = ?")) {
            ps.setString(1, displayName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                registered = SqlTime.parseNullable(rs.getString(1));
            }
        }
        List<MemberRecords.AuthoredPrayer> prayers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at, text_file_path FROM prayer"
                + " WHERE author_username = ? ORDER BY created_at, id")) {
            ps.setString(1, displayName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    prayers.add(new MemberRecords.AuthoredPrayer(rs.getString(1), SqlTime.parseNullable(rs.getString(2)),
                            rs.getString(3)));
                }
            }
        }
        List<MemberRecords.Mark> marks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT prayer_id, created_at FROM prayermark"
                + " WHERE username = ? ORDER BY rowid")) {
            ps.setString(1, displayName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.add(new MemberRecords.Mark(rs.getString(1), SqlTime.parseNullable(rs.getString(2))));
                }
            }
        }
        return Optional.of(new MemberRecords(displayName, registered, prayers, marks));
    }
}
