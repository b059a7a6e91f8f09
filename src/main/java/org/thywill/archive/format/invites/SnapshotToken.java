package org.thywill.archive.format.invites;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A token row of {@code system/invite_tokens.txt}:
 * {@code token|created_by_user|ISO expires_at or ""|True/False used|used_by_user_id|ISO created_at or ""}.
 *
 * @param expiresAt    {@code null} when written empty
 * @param usedByUserId {@code null} when written {@code None}; any other text as written (possibly empty)
 * @param createdAt    {@code null} when written empty (invite tokens have no created_at column)
 */
public record SnapshotToken(String token, String createdByUser, LocalDateTime expiresAt, boolean used,
                            String usedByUserId, LocalDateTime createdAt) {

    public SnapshotToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdByUser, "createdByUser");
    }
}
