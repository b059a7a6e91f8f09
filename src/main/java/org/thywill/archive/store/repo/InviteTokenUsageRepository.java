package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code invite_token_usage} table. */
public final class InviteTokenUsageRepository extends Repository<InviteTokenUsageRow> {

    InviteTokenUsageRepository() {
        super(new RowTable<>("invite_token_usage",
                List.of("id", "invite_token_id", "user_id", "claimed_at", "ip_address"),
                u -> new Object[] {u.id(), u.inviteTokenId(), u.userId(), u.claimedAt(), u.ipAddress()},
                rs -> new InviteTokenUsageRow(rs.getString("id"), rs.getString("invite_token_id"),
                        rs.getString("user_id"), Columns.time(rs, "claimed_at"), rs.getString("ip_address"))));
    }

    /** The claims of one token, oldest first (ties in insertion order). */
    public List<InviteTokenUsageRow> findByToken(Connection c, String token) throws SQLException {
        return table.where(c, "invite_token_id = ? ORDER BY claimed_at, rowid", token);
    }
}
