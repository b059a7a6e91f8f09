package org.thywill.archive.format.auth;

import java.time.LocalDateTime;

/**
 * One line of {@code auth/YYYY_MM_auth_requests.txt} (reference §2.7):
 * {@code ISO created|user_id|device_info|ip|status|details}, where the details are the comma-joined
 * {@code expires_<ISO>} (when the request has an expiry) and {@code verification_required} (when a
 * code was issued). The request's own id is not in the file.
 *
 * @param userId     null when the file says {@code None}
 * @param deviceInfo null when the file says {@code None}
 * @param ipAddress  null when the file says {@code None}
 * @param expiresAt  null when the details carry no {@code expires_…}
 */
public record AuthRequest(LocalDateTime createdAt, String userId, String deviceInfo, String ipAddress,
                          String status, LocalDateTime expiresAt, boolean verificationRequired) {
}
