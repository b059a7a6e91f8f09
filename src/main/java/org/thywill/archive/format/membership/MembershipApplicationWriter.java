package org.thywill.archive.format.membership;

import static org.thywill.archive.format.membership.MembershipApplicationLayout.*;

import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes a membership application file as the original's MembershipApplicationService does: the
 * application as created, then, for a decided one, what the approve/reject step appends
 * ({@code ⏎APPROVED by <admin> at <ISO>⏎Invite token: <token>⏎} or
 * {@code ⏎REJECTED by <admin> at <ISO>⏎[Reason: <reason>⏎]}). A null or empty IP is written
 * {@code Unknown}, a null or empty contact {@code None provided}, an empty reason not at all.
 *
 * <p>What the format cannot carry: a newline in the id, IP, username, contact, admin or invite token
 * breaks the layout; an IP of {@code Unknown} or a contact of {@code None provided} reads back as null;
 * a rejection reason that itself ends with a {@code CONTACT INFO:}/{@code STATUS: pending} tail is read
 * as part of the essay. The essay and a reason may otherwise hold any text.
 */
public final class MembershipApplicationWriter implements ArchiveWriter<MembershipApplicationFile> {

    @Override
    public String write(MembershipApplicationFile file) {
        if (file instanceof UnreadableMembershipApplication u) {
            return u.text();
        }
        MembershipApplication a = (MembershipApplication) file;
        StringBuilder sb = new StringBuilder(256 + a.essay().length());
        sb.append(TITLE).append('\n').append(RULE).append("\n\n");
        sb.append(APPLICATION_ID).append(a.applicationId()).append('\n');
        sb.append(SUBMITTED).append(ArchiveTime.iso(a.submittedAt())).append('\n');
        sb.append(IP_ADDRESS).append(orDefault(a.ipAddress(), UNKNOWN_IP)).append("\n\n");
        sb.append(USERNAME).append(a.username()).append("\n\n");
        sb.append(ESSAY).append('\n').append(a.essay());
        sb.append(CONTACT).append(orDefault(a.contactInfo(), NO_CONTACT));
        sb.append(STATUS_PENDING);
        if (a.decision() instanceof Decision.Approved ok) {
            sb.append(APPROVED).append(ok.admin()).append(AT).append(ArchiveTime.iso(ok.at())).append('\n');
            sb.append(INVITE_TOKEN).append(ok.inviteToken()).append('\n');
        } else if (a.decision() instanceof Decision.Rejected no) {
            sb.append(REJECTED).append(no.admin()).append(AT).append(ArchiveTime.iso(no.at())).append('\n');
            if (no.reason() != null && !no.reason().isEmpty()) {
                sb.append(REASON).append(no.reason()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
