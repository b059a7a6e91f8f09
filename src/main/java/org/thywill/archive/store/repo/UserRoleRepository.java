package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code user_roles} table. */
public final class UserRoleRepository {

    static final RowTable<UserRoleRow> TABLE = new RowTable<>("user_roles",
            List.of("id", "user_id", "role_id", "granted_by", "granted_at", "expires_at"),
            r -> new Object[] {r.id(), r.userId(), r.roleId(), r.grantedBy(), r.grantedAt(), r.expiresAt()},
            rs -> new UserRoleRow(rs.getString("id"), rs.getString("user_id"), rs.getString("role_id"),
                    rs.getString("granted_by"), Columns.time(rs, "granted_at"), Columns.time(rs, "expires_at")));

    private UserRoleRepository() {
    }

    public static void insert(Connection c, UserRoleRow row) throws SQLException {
        TABLE.insert(c, row);
    }

    public static BatchInsert<UserRoleRow> batch(Connection c) throws SQLException {
        return TABLE.batch(c);
    }

    public static long insertAll(Connection c, Iterable<? extends UserRoleRow> rows) throws SQLException {
        return TABLE.insertAll(c, rows);
    }

    /** The user's role grants, expired ones included, oldest first (ties in insertion order). */
    public static List<UserRoleRow> findByUser(Connection c, String userId) throws SQLException {
        return TABLE.where(c, "user_id = ? ORDER BY granted_at, rowid", userId);
    }

    public static List<UserRoleRow> findAll(Connection c) throws SQLException {
        return TABLE.all(c);
    }

    public static long count(Connection c) throws SQLException {
        return TABLE.count(c);
    }
}
