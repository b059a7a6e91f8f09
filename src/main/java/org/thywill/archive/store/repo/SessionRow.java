package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A {@code session} row. {@code id} is the {@code sid} cookie value: a bearer secret, never to be written into a
 * community bundle or a log.
 */
public record SessionRow(
        String id,
        String username,
        LocalDateTime createdAt,
        LocalDateTime expiresAt,
        String authRequestId,
        String deviceInfo,
        String ipAddress,
        boolean isFullyAuthenticated) {

    public SessionRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Never prints the session id. */
    @Override
    public String toString() {
        return "SessionRow[username=" + username + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt
                + ", fullyAuthenticated=" + isFullyAuthenticated + "]";
    }
}
