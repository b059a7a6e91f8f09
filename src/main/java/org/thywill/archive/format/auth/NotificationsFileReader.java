package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/** Reads {@code auth/notifications/YYYY_MM_notifications.txt} (reference §2.7). */
public final class NotificationsFileReader implements ArchiveReader<MonthlyLog<NotificationEvent>> {

    @Override
    public Parsed<MonthlyLog<NotificationEvent>> read(String text) {
        return NotificationEventRows.LOG.read(text);
    }
}
