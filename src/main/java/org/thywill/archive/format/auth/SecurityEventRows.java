package org.thywill.archive.format.auth;

import static org.thywill.archive.format.auth.PythonText.noneToNull;
import static org.thywill.archive.format.auth.PythonText.orNone;
import static org.thywill.archive.format.auth.PythonText.pipesToUnderscores;

import java.util.List;
import org.thywill.archive.format.ArchiveTime;

/** The line codec and header of {@code auth/YYYY_MM_security_events.txt}. */
final class SecurityEventRows implements RowCodec<SecurityEvent> {

    static final String FORMAT = "timestamp|event_type|user_id|ip_address|user_agent|details";
    static final MonthlyLogFormat<SecurityEvent> LOG =
            new MonthlyLogFormat<>("Security Events", FORMAT, new SecurityEventRows());

    @Override
    public SecurityEvent parse(String line) throws UnreadableLineException {
        List<String> c = PipeColumns.exactly(line, FORMAT);
        return new SecurityEvent(ExactTime.requireIsoLocal(c.get(0), "timestamp"), c.get(1), noneToNull(c.get(2)),
                noneToNull(c.get(3)), noneToNull(c.get(4)), noneToNull(c.get(5)));
    }

    @Override
    public String write(SecurityEvent e) {
        return String.join("|", ArchiveTime.iso(e.createdAt()), e.eventType(), orNone(e.userId()),
                orNone(e.ipAddress()), pipesToUnderscores(orNone(e.userAgent())),
                pipesToUnderscores(orNone(e.details())));
    }
}
