package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code invitetoken} table. */
public final class InviteTokenRepository extends Repository<InviteTokenRow> {

    InviteTokenRepository() {
        super(new RowTable<>("invitetoken",
                List.of("token", "created_by_user", "usage_count", "max_uses", "expires_at", "used_by_user_id",
                        "token_type"),
                t -> new Object[] {t.token(), t.createdByUser(), t.usageCount(), t.maxUses(), t.expiresAt(),
                        t.usedByUserId(), t.tokenType()},
                rs -> new InviteTokenRow(rs.getString("token"), rs.getString("created_by_user"),
                        rs.getInt("usage_count"), Columns.intOrNull(rs, "max_uses"), Columns.time(rs, "expires_at"),
                        rs.getString("used_by_user_id"), rs.getString("token_type"))));
    }

    public Optional<InviteTokenRow> findByToken(Connection c, String token) throws SQLException {
        return table.one(c, "token = ?", token);
    }
}
