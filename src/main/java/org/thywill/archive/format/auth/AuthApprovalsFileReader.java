package org.thywill.archive.format.auth;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/** Reads {@code auth/YYYY_MM_auth_approvals.txt} (reference §2.7). */
public final class AuthApprovalsFileReader implements ArchiveReader<MonthlyLog<AuthApproval>> {

    @Override
    public Parsed<MonthlyLog<AuthApproval>> read(String text) {
        return AuthApprovalRows.LOG.read(text);
    }
}
