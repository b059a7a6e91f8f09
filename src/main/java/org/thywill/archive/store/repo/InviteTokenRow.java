package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An {@code invitetoken} row. {@code token} is a bearer secret. {@code maxUses} is {@code null} for unlimited;
 * {@code tokenType} is {@code new_user}, {@code multi_device} or {@code admin}.
 */
public record InviteTokenRow(
        String token,
        String createdByUser,
        int usageCount,
        Integer maxUses,
        LocalDateTime expiresAt,
        String usedByUserId,
        String tokenType) {

    public InviteTokenRow {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdByUser, "createdByUser");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(tokenType, "tokenType");
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "InviteTokenRow[createdByUser=" + createdByUser + ", usageCount=" + usageCount + ", maxUses="
                + maxUses + ", expiresAt=" + expiresAt + ", usedByUserId=" + usedByUserId + ", tokenType="
                + tokenType + "]";
    }
}
