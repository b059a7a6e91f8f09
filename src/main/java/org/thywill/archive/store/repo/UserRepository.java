package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code user} table. Names compare exactly (case-sensitive), as in the original. */
public final class UserRepository {

    static final RowTable<UserRow> TABLE = new RowTable<>("user",
            List.of("display_name", "created_at", "invited_by_username", "invite_token_used",
                    "welcome_message_dismissed", "text_file_path", "is_supporter", "supporter_since",
                    "supporter_type"),
            u -> new Object[] {u.displayName(), u.createdAt(), u.invitedByUsername(), u.inviteTokenUsed(),
                    u.welcomeMessageDismissed(), u.textFilePath(), u.isSupporter(), u.supporterSince(),
                    u.supporterType()},
            rs -> new UserRow(rs.getString("display_name"), Columns.time(rs, "created_at"),
                    rs.getString("invited_by_username"), rs.getString("invite_token_used"),
                    Columns.bool(rs, "welcome_message_dismissed"), rs.getString("text_file_path"),
                    Columns.bool(rs, "is_supporter"), Columns.time(rs, "supporter_since"),
                    rs.getString("supporter_type")));

    private UserRepository() {
    }

    public static void insert(Connection c, UserRow row) throws SQLException {
        TABLE.insert(c, row);
    }

    public static BatchInsert<UserRow> batch(Connection c) throws SQLException {
        return TABLE.batch(c);
    }

    public static long insertAll(Connection c, Iterable<? extends UserRow> rows) throws SQLException {
        return TABLE.insertAll(c, rows);
    }

    public static Optional<UserRow> findByDisplayName(Connection c, String displayName) throws SQLException {
        return TABLE.one(c, "display_name = ?", displayName);
    }

    public static boolean exists(Connection c, String displayName) throws SQLException {
        return TABLE.exists(c, "display_name = ?", displayName);
    }

    public static List<UserRow> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
