package org.thywill.archive.format.auth;

import static org.thywill.archive.format.auth.PythonText.noneToNull;
import static org.thywill.archive.format.auth.PythonText.orNone;
import static org.thywill.archive.format.auth.PythonText.pipesToUnderscores;

import java.time.LocalDateTime;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;

/** The row codec and frame of {@code auth/YYYY_MM_DD_sessions_snapshot.txt}. */
final class SnapshotSessionRows implements RowCodec<SnapshotSession> {

    static final String FORMAT = "session_id|user_id|created_at|expires_at|device_info|ip_address|is_fully_authenticated";
    static final SnapshotFormat<SnapshotSession> SNAPSHOT = new SnapshotFormat<>("Session Snapshot for ",
            "Format: " + FORMAT, "Total active sessions: ", new SnapshotSessionRows());

    @Override
    public SnapshotSession parse(String line) throws UnreadableLineException {
        List<String> c = PipeColumns.exactly(line, FORMAT);
        return new SnapshotSession(c.get(0), noneToNull(c.get(1)), optionalIso(c.get(2), "created_at"),
                optionalIso(c.get(3), "expires_at"), noneToNull(c.get(4)), noneToNull(c.get(5)),
                PythonText.parseBool(c.get(6)));
    }

    private static LocalDateTime optionalIso(String text, String what) throws UnreadableLineException {
        return text.isEmpty() ? null : ExactTime.requireIsoLocal(text, what);
    }

    @Override
    public String write(SnapshotSession s) {
        return String.join("|", s.sessionId(), orNone(s.userId()),
                s.createdAt() == null ? "" : ArchiveTime.iso(s.createdAt()),
                s.expiresAt() == null ? "" : ArchiveTime.iso(s.expiresAt()),
                pipesToUnderscores(orNone(s.deviceInfo())), orNone(s.ipAddress()),
                PythonText.bool(s.fullyAuthenticated()));
    }
}
