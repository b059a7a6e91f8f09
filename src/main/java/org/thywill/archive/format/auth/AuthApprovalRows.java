package org.thywill.archive.format.auth;

import static org.thywill.archive.format.auth.PythonText.noneToNull;
import static org.thywill.archive.format.auth.PythonText.orNone;

import java.util.List;
import org.thywill.archive.format.ArchiveTime;

/** The line codec and header of {@code auth/YYYY_MM_auth_approvals.txt}. */
final class AuthApprovalRows implements RowCodec<AuthApproval> {

    static final String FORMAT = "timestamp|auth_request_id|approver_user_id|action|details";
    static final MonthlyLogFormat<AuthApproval> LOG =
            new MonthlyLogFormat<>("Authentication Approvals", FORMAT, new AuthApprovalRows());

    @Override
    public AuthApproval parse(String line) throws UnreadableLineException {
        List<String> c = PipeColumns.lastTakesRest(line, FORMAT);
        return new AuthApproval(ExactTime.requireIsoLocal(c.get(0), "timestamp"), c.get(1), c.get(2), c.get(3),
                noneToNull(c.get(4)));
    }

    @Override
    public String write(AuthApproval a) {
        return String.join("|", ArchiveTime.iso(a.createdAt()), a.authRequestId(), a.approverUserId(), a.action(),
                orNone(a.details()));
    }
}
