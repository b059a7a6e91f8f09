package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code user_roles} table. */
public final class UserRoleRepository extends Repository<UserRoleRow> {

    UserRoleRepository() {
        super(new RowTable<>("user_roles",
                List.of("id", "user_id", "role_id", "granted_by", "granted_at", "expires_at"),
                r -> new Object[] {r.id(), r.userId(), r.roleId(), r.grantedBy(), r.grantedAt(), r.expiresAt()},
                rs -> new UserRoleRow(rs.getString("id"), rs.getString("user_id"), rs.getString("role_id"),
                        rs.getString("granted_by"), Columns.time(rs, "granted_at"), Columns.time(rs, "expires_at"))));
    }

    /** The user's role grants, expired ones included, oldest first (ties in insertion order). */
    public List<UserRoleRow> findByUser(Connection c, String userId) throws SQLException {
        return table.where(c, "user_id = ? ORDER BY granted_at, rowid", userId);
    }
}
