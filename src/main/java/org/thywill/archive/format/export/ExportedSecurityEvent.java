package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.free;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code security/YYYY_MM_security_events.txt}:
 * {@code TS created_at|event_type|user_id or anonymous|ip_address or unknown|details} (no user agent).
 * The details (None as {@code ""}) are written unescaped; being last, they take every extra {@code |}.
 * Lines with {@code =} (such as {@code session_id=…}) are ordinary data (reference §7 B22).
 * Cannot carry: empty details, a user literally {@code anonymous} or an IP literally {@code unknown} (all
 * read back as {@code null}), newlines.
 *
 * @param userId    {@code null} for None
 * @param ipAddress {@code null} for None
 * @param details   {@code null} for None
 */
public record ExportedSecurityEvent(LocalDateTime createdAt, String eventType, String userId, String ipAddress,
                                    String details) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("timestamp"), plain("event_type"), plain("user_id"),
            plain("ip_address"), free("details"));

    public static final RowCodec<ExportedSecurityEvent> CODEC = RowCodec.of(ExportedSecurityEvent::parse,
            ExportedSecurityEvent::render);

    public ExportedSecurityEvent {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(eventType, "eventType");
    }

    private static ExportedSecurityEvent parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedSecurityEvent(Fields.ts("timestamp", c.get(0)), c.get(1), Fields.nullIf(c.get(2), "anonymous"),
                Fields.nullIf(c.get(3), "unknown"), Fields.nullIf(c.get(4), ""));
    }

    private static String render(ExportedSecurityEvent e) {
        return PipeFile.row(Fields.ts(e.createdAt), e.eventType, Fields.orLiteral(e.userId, "anonymous"),
                Fields.orLiteral(e.ipAddress, "unknown"), Fields.orLiteral(e.details, ""));
    }
}
