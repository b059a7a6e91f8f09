package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code invites/invite_tokens.txt}:
 * {@code token|created_by_user|usage_count|max_uses or unlimited|TS expires_at|used_by_user_id or none}.
 * The original writes {@code max_uses or "unlimited"}, so a limit of 0 is written {@code unlimited} too and
 * reads back as {@code null}. Cannot carry a user literally named {@code none}, {@code |}, newlines.
 *
 * @param maxUses      {@code null} for unlimited
 * @param usedByUserId {@code null} for none
 */
public record ExportedInviteToken(String token, String createdByUser, int usageCount, Integer maxUses,
                                  LocalDateTime expiresAt, String usedByUserId) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("token"), plain("created_by_user"),
            plain("usage_count"), plain("max_uses"), plain("expires_at"), plain("used_by_user_id"));

    public static final RowCodec<ExportedInviteToken> CODEC = RowCodec.of(ExportedInviteToken::parse,
            ExportedInviteToken::render);

    public ExportedInviteToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdByUser, "createdByUser");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    private static ExportedInviteToken parse(String row) {
        List<String> c = LAYOUT.split(row);
        Integer maxUses = c.get(3).equals("unlimited") ? null : Fields.integer("max_uses", c.get(3));
        return new ExportedInviteToken(c.get(0), c.get(1), Fields.integer("usage_count", c.get(2)), maxUses,
                Fields.ts("expires_at", c.get(4)), Fields.nullIf(c.get(5), "none"));
    }

    private static String render(ExportedInviteToken t) {
        String maxUses = t.maxUses == null || t.maxUses == 0 ? "unlimited" : Integer.toString(t.maxUses);
        return PipeFile.row(t.token, t.createdByUser, Integer.toString(t.usageCount), maxUses, Fields.ts(t.expiresAt),
                Fields.orLiteral(t.usedByUserId, "none"));
    }
}
