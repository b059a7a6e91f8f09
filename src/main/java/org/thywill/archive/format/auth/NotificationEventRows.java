package org.thywill.archive.format.auth;

import static org.thywill.archive.format.auth.PythonText.noneToNull;
import static org.thywill.archive.format.auth.PythonText.orNone;

import java.util.List;
import org.thywill.archive.format.ArchiveTime;

/** The line codec and header of {@code auth/notifications/YYYY_MM_notifications.txt}. */
final class NotificationEventRows implements RowCodec<NotificationEvent> {

    static final String FORMAT = "timestamp|user_id|auth_request_id|notification_type|action|details";
    static final MonthlyLogFormat<NotificationEvent> LOG =
            new MonthlyLogFormat<>("Notification Events", FORMAT, new NotificationEventRows());

    @Override
    public NotificationEvent parse(String line) throws UnreadableLineException {
        List<String> c = PipeColumns.lastTakesRest(line, FORMAT);
        return new NotificationEvent(ExactTime.requireIsoLocal(c.get(0), "timestamp"), c.get(1), c.get(2), c.get(3),
                c.get(4), noneToNull(c.get(5)));
    }

    @Override
    public String write(NotificationEvent n) {
        return String.join("|", ArchiveTime.iso(n.timestamp()), n.userId(), n.authRequestId(),
                n.notificationType(), n.action(), orNone(n.details()));
    }
}
