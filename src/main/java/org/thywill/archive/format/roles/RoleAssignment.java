package org.thywill.archive.format.roles;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of {@code roles/YYYY_MM_role_assignments.txt}:
 * {@code ISO granted_at|user_id|role_name|action|granted_by|ISO expires_at or ""|details}.
 * The original writes it only when an admin deactivates a user (role {@code deactivated}) or reactivates
 * one (role {@code user}).
 *
 * @param grantedAt UTC time of the grant, microsecond precision
 * @param userId    the user's display name
 * @param action    {@code assigned} in files the original wrote
 * @param expiresAt {@code null} when written empty
 * @param details   free text, e.g. the deactivation reason
 */
public record RoleAssignment(LocalDateTime grantedAt, String userId, String roleName, String action,
                             String grantedBy, LocalDateTime expiresAt, String details) {

    public static final String ASSIGNED = "assigned";

    public RoleAssignment {
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(details, "details");
    }
}
