package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code user} table. Names compare exactly (case-sensitive), as in the original. */
public final class UserRepository extends Repository<UserRow> {

    UserRepository() {
        super(new RowTable<>("user",
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
                        rs.getString("supporter_type"))));
    }

    public Optional<UserRow> findByDisplayName(Connection c, String displayName) throws SQLException {
        return table.one(c, "display_name = ?", displayName);
    }

    public boolean exists(Connection c, String displayName) throws SQLException {
        return table.exists(c, "display_name = ?", displayName);
    }
}
