package org.thywill.archive.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.UserRoleRow;

/**
 * The names of the roles a user holds at a moment: their {@code user_roles} grants that have not expired
 * ({@code expires_at} NULL or later than now, both naive UTC as the original stores them), each joined to its
 * {@code role} row. A grant whose role row is missing counts for nothing.
 */
final class UserRoles {

    static final String ADMIN = "admin";
    /** The role the original's "deactivate user" grants (reference formats §2.9). */
    static final String DEACTIVATED = "deactivated";

    private UserRoles() {
    }

    static Set<String> current(Connection c, String displayName, LocalDateTime nowUtc) throws SQLException {
        Set<String> names = new TreeSet<>();
        for (UserRoleRow grant : Repositories.USER_ROLES.findByUser(c, displayName)) {
            if (grant.expiresAt() != null && !grant.expiresAt().isAfter(nowUtc)) {
                continue;
            }
            Repositories.ROLES.findById(c, grant.roleId()).ifPresent(role -> names.add(role.name()));
        }
        return names;
    }
}
