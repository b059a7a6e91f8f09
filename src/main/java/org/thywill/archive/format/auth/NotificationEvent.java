package org.thywill.archive.format.auth;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveTime;

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

    private static final Pattern READ_AT = Pattern.compile("(?:^|[ ,])read_at=([^,]*)");

    /** The {@code read_at=<ISO>} the details may carry (the only detail the original's recovery reads). */
    public Optional<LocalDateTime> readAt() {
        if (details == null) {
            return Optional.empty();
        }
        Matcher m = READ_AT.matcher(details);
        return m.find() ? ArchiveTime.parseIsoLocal(m.group(1)) : Optional.empty();
    }
}
