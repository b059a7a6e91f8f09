package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code invite_token_usage} table. */
public final class InviteTokenUsageRepository {

    static final RowTable<InviteTokenUsageRow> TABLE = new RowTable<>("invite_token_usage",
            List.of("id", "invite_token_id", "user_id", "claimed_at", "ip_address"),
            u -> new Object[] {u.id(), u.inviteTokenId(), u.userId(), u.claimedAt(), u.ipAddress()},
            rs -> new InviteTokenUsageRow(rs.getString("id"), rs.getString("invite_token_id"),
                    rs.getString("user_id"), Columns.time(rs, "claimed_at"), rs.getString("ip_address")));

    private InviteTokenUsageRepository() {
    }

    public static void insert(Connection c, InviteTokenUsageRow row) throws SQLException {
        TABLE.insert(c, row);
    }

    public static BatchInsert<InviteTokenUsageRow> batch(Connection c) throws SQLException {
        return TABLE.batch(c);
    }

    public static long insertAll(Connection c, Iterable<? extends InviteTokenUsageRow> rows) throws SQLException {
        return TABLE.insertAll(c, rows);
    }

    /** The claims of one token, oldest first (ties in insertion order). */
    public static List<InviteTokenUsageRow> findByToken(Connection c, String token) throws SQLException {
        return TABLE.where(c, "invite_token_id = ? ORDER BY claimed_at, rowid", token);
    }

    public static List<InviteTokenUsageRow> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
