package org.thywill.archive.format.auth;

import java.time.LocalDateTime;

/**
 * One line of {@code auth/notifications/YYYY_MM_notifications.txt} (reference §2.7):
 * {@code ISO|user_id|auth_request_id|notification_type|action|details}; action {@code created},
 * {@code read} or {@code verified}.
 *
 * @param details free text, written unescaped as the last column (it may contain {@code |}); null when
 *                the file says {@code None}
 */
public record NotificationEvent(LocalDateTime timestamp, String userId, String authRequestId,
                                String notificationType, String action, String details) {
}
