package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code roles/user_roles.txt}:
 * {@code id|TS granted_at|user_id|role_id|granted_by or system|TS expires_at or never}.
 * Cannot carry a grantor literally named {@code system} (reads back as {@code null}: reference §7 B25, no
 * user named {@code system}), {@code |}, newlines.
 *
 * @param grantedBy {@code null} for None
 * @param expiresAt {@code null} for never
 */
public record ExportedUserRole(String id, LocalDateTime grantedAt, String userId, String roleId, String grantedBy,
                               LocalDateTime expiresAt) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("granted_at"), plain("user_id"),
            plain("role_id"), plain("granted_by"), plain("expires_at"));

    public static final RowCodec<ExportedUserRole> CODEC = RowCodec.of(ExportedUserRole::parse,
            ExportedUserRole::render);

    public ExportedUserRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(roleId, "roleId");
    }

    private static ExportedUserRole parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedUserRole(c.get(0), Fields.ts("granted_at", c.get(1)), c.get(2), c.get(3),
                Fields.nullIf(c.get(4), "system"), Fields.tsOr("expires_at", c.get(5), "never"));
    }

    private static String render(ExportedUserRole r) {
        return PipeFile.row(r.id, Fields.ts(r.grantedAt), r.userId, r.roleId, Fields.orLiteral(r.grantedBy, "system"),
                Fields.tsOr(r.expiresAt, "never"));
    }
}
