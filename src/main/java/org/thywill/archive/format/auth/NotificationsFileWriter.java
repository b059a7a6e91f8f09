package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code auth/notifications/YYYY_MM_notifications.txt} as the original's AuthArchiveWriter does:
 * header {@code Notification Events for <Month Year>} /
 * {@code Format: timestamp|user_id|auth_request_id|notification_type|action|details} / blank, then one
 * line per notification event.
 *
 * <p>What the format cannot carry: a newline anywhere, or a {@code |} in any column but the last,
 * breaks the line (the original writes them raw); the details, being last, may contain {@code |}. Null
 * details are written {@code None} and read back as null.
 */
public final class NotificationsFileWriter implements ArchiveWriter<MonthlyLog<NotificationEvent>> {

    @Override
    public String write(MonthlyLog<NotificationEvent> log) {
        return NotificationEventRows.LOG.write(log);
    }
}
