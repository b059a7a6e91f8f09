package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code invitetoken} table. */
public final class InviteTokenRepository {

    static final RowTable<InviteTokenRow> TABLE = new RowTable<>("invitetoken",
            List.of("token", "created_by_user", "usage_count", "max_uses", "expires_at", "used_by_user_id",
                    "token_type"),
            t -> new Object[] {t.token(), t.createdByUser(), t.usageCount(), t.maxUses(), t.expiresAt(),
                    t.usedByUserId(), t.tokenType()},
            rs -> new InviteTokenRow(rs.getString("token"), rs.getString("created_by_user"),
                    rs.getInt("usage_count"), Columns.intOrNull(rs, "max_uses"), Columns.time(rs, "expires_at"),
                    rs.getString("used_by_user_id"), rs.getString("token_type")));

    private InviteTokenRepository() {
    }

    public static void insert(Connection c, InviteTokenRow row) throws SQLException {
        TABLE.insert(c, row);
    }

    public static BatchInsert<InviteTokenRow> batch(Connection c) throws SQLException {
        return TABLE.batch(c);
    }

    public static long insertAll(Connection c, Iterable<? extends InviteTokenRow> rows) throws SQLException {
        return TABLE.insertAll(c, rows);
    }

    public static Optional<InviteTokenRow> findByToken(Connection c, String token) throws SQLException {
        return TABLE.one(c, "token = ?", token);
    }

    public static List<InviteTokenRow> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
