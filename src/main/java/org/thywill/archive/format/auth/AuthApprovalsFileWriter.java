package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code auth/YYYY_MM_auth_approvals.txt} as the original's AuthArchiveWriter does: header
 * {@code Authentication Approvals for <Month Year>} / {@code Format: timestamp|auth_request_id|approver_user_id|action|details}
 * / blank, then {@code ISO|auth_request_id|approver_user_id|action|details} per decision.
 *
 * <p>What the format cannot carry: a newline anywhere, or a {@code |} in any column but the last,
 * breaks the line (the original writes them raw); the details, being last, may contain {@code |}. Null
 * details are written {@code None} and read back as null.
 */
public final class AuthApprovalsFileWriter implements ArchiveWriter<MonthlyLog<AuthApproval>> {

    @Override
    public String write(MonthlyLog<AuthApproval> log) {
        return AuthApprovalRows.LOG.write(log);
    }
}
