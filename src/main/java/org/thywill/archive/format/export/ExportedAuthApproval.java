package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code authentication/auth_approvals.txt}: {@code TS created_at|auth_request_id|approver_user_id}.
 * Cannot carry {@code |} or newlines in any column.
 */
public record ExportedAuthApproval(LocalDateTime createdAt, String authRequestId, String approverUserId) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("created_at"), plain("auth_request_id"),
            plain("approver_user_id"));

    public static final RowCodec<ExportedAuthApproval> CODEC = RowCodec.of(ExportedAuthApproval::parse,
            ExportedAuthApproval::render);

    public ExportedAuthApproval {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(authRequestId, "authRequestId");
        Objects.requireNonNull(approverUserId, "approverUserId");
    }

    private static ExportedAuthApproval parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedAuthApproval(Fields.ts("created_at", c.get(0)), c.get(1), c.get(2));
    }

    private static String render(ExportedAuthApproval a) {
        return PipeFile.row(Fields.ts(a.createdAt), a.authRequestId, a.approverUserId);
    }
}
