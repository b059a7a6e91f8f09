package org.thywill.archive.format.system;

import java.time.LocalDateTime;

/**
 * One session block of {@code system/current_state/active_sessions.txt} (reference §2.10):
 * <pre>
 * Session &lt;sid&gt;:
 *   User: &lt;display_name or "Unknown User"&gt; (ID: &lt;session.username&gt;)
 *   Created: &lt;str(datetime)&gt;
 *   Expires: &lt;str(datetime)&gt;
 *   IP: &lt;ip or None&gt;
 *   Device: &lt;device or Unknown&gt;
 *   Fully authenticated: True|False
 * </pre>
 *
 * @param displayName the user's display name; null when the file says {@code Unknown User} (no such user)
 * @param username    the session's {@code username} column
 * @param ipAddress   null when the file says {@code None}
 * @param deviceInfo  null when the file says {@code Unknown} (the original writes that for a null or empty device)
 */
public record ActiveSession(String sessionId, String displayName, String username, LocalDateTime createdAt,
                            LocalDateTime expiresAt, String ipAddress, String deviceInfo,
                            boolean fullyAuthenticated) {
}
