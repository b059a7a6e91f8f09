package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.escaped;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code authentication/auth_audit_logs.txt}: {@code TS created_at|auth_request_id|action|
 * actor_user_id or unknown|actor_type or unknown|details|ip_address or unknown|user_agent or unknown};
 * details (None as {@code ""}) and user_agent are written with {@code |} as {@code \|}.
 * Cannot carry: an empty details or a literal {@code unknown} in the other optional columns (read back as
 * {@code null}), a details value ending in {@code \} when the row also holds an escaped {@code |}, newlines.
 *
 * @param actorUserId {@code null} for None, likewise {@code actorType}, {@code details}, {@code ipAddress},
 *                    {@code userAgent}
 */
public record ExportedAuthAuditLog(LocalDateTime createdAt, String authRequestId, String action, String actorUserId,
                                   String actorType, String details, String ipAddress, String userAgent) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("created_at"), plain("auth_request_id"),
            plain("action"), plain("actor_user_id"), plain("actor_type"), escaped("details"), plain("ip_address"),
            escaped("user_agent"));

    public static final RowCodec<ExportedAuthAuditLog> CODEC = RowCodec.of(ExportedAuthAuditLog::parse,
            ExportedAuthAuditLog::render);

    public ExportedAuthAuditLog {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(authRequestId, "authRequestId");
        Objects.requireNonNull(action, "action");
    }

    private static ExportedAuthAuditLog parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedAuthAuditLog(Fields.ts("created_at", c.get(0)), c.get(1), c.get(2),
                Fields.nullIf(c.get(3), "unknown"), Fields.nullIf(c.get(4), "unknown"), Fields.nullIf(c.get(5), ""),
                Fields.nullIf(c.get(6), "unknown"), Fields.nullIf(c.get(7), "unknown"));
    }

    private static String render(ExportedAuthAuditLog l) {
        return PipeFile.row(Fields.ts(l.createdAt), l.authRequestId, l.action,
                Fields.orLiteral(l.actorUserId, "unknown"), Fields.orLiteral(l.actorType, "unknown"),
                Escapes.escapeBar(Fields.orLiteral(l.details, "")), Fields.orLiteral(l.ipAddress, "unknown"),
                Escapes.escapeBar(Fields.orLiteral(l.userAgent, "unknown")));
    }
}
