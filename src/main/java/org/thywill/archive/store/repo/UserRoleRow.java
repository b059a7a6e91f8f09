package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/** A {@code user_roles} row: {@code userId} (a display name) holds {@code roleId}, until {@code expiresAt} if set. */
public record UserRoleRow(
        String id,
        String userId,
        String roleId,
        String grantedBy,
        LocalDateTime grantedAt,
        LocalDateTime expiresAt) {

    public UserRoleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }
}
