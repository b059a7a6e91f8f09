package org.thywill.archive.format.invites;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of {@code system/YYYY_MM_invite_usage.txt}:
 * {@code ISO timestamp|token|used_by_user|created_by_user|action}.
 *
 * @param timestamp server-local time of the claim, microsecond precision
 * @param token     the invite token (a bearer secret)
 * @param usedBy    the display name of the user who claimed it, or {@code null} for the line POST /invites
 *                  writes when it creates a token (an empty column)
 * @param createdBy the display name of the token's creator ({@code system} for admin tokens)
 * @param action    always {@code token_used} in files the original wrote
 */
public record InviteUsage(LocalDateTime timestamp, String token, String usedBy, String createdBy, String action) {

    public static final String TOKEN_USED = "token_used";

    public InviteUsage {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(action, "action");
    }

    /** Whether this is the line POST /invites writes on creating a token, not a claim. */
    public boolean isCreation() {
        return usedBy == null;
    }
}
