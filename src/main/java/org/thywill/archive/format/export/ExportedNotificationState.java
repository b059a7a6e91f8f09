package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code users/notification_states.txt}:
 * {@code id|TS created_at|user_id|auth_request_id|notification_type|yes/no is_read|TS read_at or never}.
 * Cannot carry {@code |} or newlines in any column.
 *
 * @param readAt {@code null} when never read
 */
public record ExportedNotificationState(String id, LocalDateTime createdAt, String userId, String authRequestId,
                                        String notificationType, boolean read, LocalDateTime readAt) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("created_at"), plain("user_id"),
            plain("auth_request_id"), plain("notification_type"), plain("is_read"), plain("read_at"));

    public static final RowCodec<ExportedNotificationState> CODEC = RowCodec.of(ExportedNotificationState::parse,
            ExportedNotificationState::render);

    public ExportedNotificationState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(authRequestId, "authRequestId");
        Objects.requireNonNull(notificationType, "notificationType");
    }

    private static ExportedNotificationState parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedNotificationState(c.get(0), Fields.ts("created_at", c.get(1)), c.get(2), c.get(3),
                c.get(4), Fields.yesNo("is_read", c.get(5)), Fields.tsOr("read_at", c.get(6), "never"));
    }

    private static String render(ExportedNotificationState n) {
        return PipeFile.row(n.id, Fields.ts(n.createdAt), n.userId, n.authRequestId, n.notificationType,
                Fields.yesNo(n.read), Fields.tsOr(n.readAt, "never"));
    }
}
