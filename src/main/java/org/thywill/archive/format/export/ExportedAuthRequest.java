package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.free;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code authentication/auth_requests.txt}:
 * {@code id|TS created_at|user_id|device_info or unknown|ip_address or unknown|status|TS expires_at}.
 * The device is written unescaped; it is the only free-text column, so it takes any extra {@code |}.
 * Cannot carry: a device or IP literally {@code unknown} (reads back as {@code null}), newlines.
 *
 * @param deviceInfo {@code null} for None
 * @param ipAddress  {@code null} for None
 */
public record ExportedAuthRequest(String id, LocalDateTime createdAt, String userId, String deviceInfo,
                                  String ipAddress, String status, LocalDateTime expiresAt) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("created_at"), plain("user_id"),
            free("device_info"), plain("ip_address"), plain("status"), plain("expires_at"));

    public static final RowCodec<ExportedAuthRequest> CODEC = RowCodec.of(ExportedAuthRequest::parse,
            ExportedAuthRequest::render);

    public ExportedAuthRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    private static ExportedAuthRequest parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedAuthRequest(c.get(0), Fields.ts("created_at", c.get(1)), c.get(2),
                Fields.nullIf(c.get(3), "unknown"), Fields.nullIf(c.get(4), "unknown"), c.get(5),
                Fields.ts("expires_at", c.get(6)));
    }

    private static String render(ExportedAuthRequest r) {
        return PipeFile.row(r.id, Fields.ts(r.createdAt), r.userId, Fields.orLiteral(r.deviceInfo, "unknown"),
                Fields.orLiteral(r.ipAddress, "unknown"), r.status, Fields.ts(r.expiresAt));
    }
}
