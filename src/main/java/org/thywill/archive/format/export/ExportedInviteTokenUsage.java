package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code invites/invite_token_usage.txt}:
 * {@code TS claimed_at|invite_token_id|user_id|ip_address or unknown}.
 * Cannot carry an IP literally {@code unknown} (reads back as {@code null}), {@code |}, newlines.
 *
 * @param ipAddress {@code null} for None
 */
public record ExportedInviteTokenUsage(LocalDateTime claimedAt, String inviteTokenId, String userId,
                                       String ipAddress) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("claimed_at"), plain("invite_token_id"),
            plain("user_id"), plain("ip_address"));

    public static final RowCodec<ExportedInviteTokenUsage> CODEC = RowCodec.of(ExportedInviteTokenUsage::parse,
            ExportedInviteTokenUsage::render);

    public ExportedInviteTokenUsage {
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(inviteTokenId, "inviteTokenId");
        Objects.requireNonNull(userId, "userId");
    }

    private static ExportedInviteTokenUsage parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedInviteTokenUsage(Fields.ts("claimed_at", c.get(0)), c.get(1), c.get(2),
                Fields.nullIf(c.get(3), "unknown"));
    }

    private static String render(ExportedInviteTokenUsage u) {
        return PipeFile.row(Fields.ts(u.claimedAt), u.inviteTokenId, u.userId, Fields.orLiteral(u.ipAddress, "unknown"));
    }
}
