package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/** An {@code invite_token_usage} row: {@code userId} (a display name) claimed {@code inviteTokenId}. */
public record InviteTokenUsageRow(String id, String inviteTokenId, String userId, LocalDateTime claimedAt,
                                  String ipAddress) {

    public InviteTokenUsageRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inviteTokenId, "inviteTokenId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }
}
