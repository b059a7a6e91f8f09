package org.thywill.archive.format.auth;

import java.time.LocalDateTime;

/**
 * One row of {@code auth/YYYY_MM_DD_sessions_snapshot.txt} (reference §2.7):
 * {@code session_id|user_id|ISO created|ISO expires|device_info|ip_address|True/False}.
 *
 * @param userId     null when the file says {@code None}
 * @param createdAt  null when the column is empty (the original writes {@code ''} for a missing time)
 * @param expiresAt  null when the column is empty
 * @param deviceInfo null when the file says {@code None}
 * @param ipAddress  null when the file says {@code None}
 */
public record SnapshotSession(String sessionId, String userId, LocalDateTime createdAt, LocalDateTime expiresAt,
                              String deviceInfo, String ipAddress, boolean fullyAuthenticated) {
}
