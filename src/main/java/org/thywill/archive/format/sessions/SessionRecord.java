package org.thywill.archive.format.sessions;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One session row of {@code sessions/YYYY_MM_sessions.txt}.
 *
 * @param createdAt          {@code Session.created_at} (UTC), minute precision in the file
 * @param sessionId          the session id (a bearer secret)
 * @param username           the user's display name
 * @param expiresAt          {@code Session.expires_at}, minute precision in the file
 * @param deviceInfo         the user agent, or {@code null} for None
 * @param ipAddress          the IP address, or {@code null} for None
 * @param fullyAuthenticated {@code yes}/{@code no}
 */
public record SessionRecord(LocalDateTime createdAt, String sessionId, String username, LocalDateTime expiresAt,
                            String deviceInfo, String ipAddress, boolean fullyAuthenticated) {

    public SessionRecord {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
