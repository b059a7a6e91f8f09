package org.thywill.archive.format.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class MembershipApplicationTest {

    private final MembershipApplicationReader reader = new MembershipApplicationReader();
    private final MembershipApplicationWriter writer = new MembershipApplicationWriter();

    private static final String ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final LocalDateTime SUBMITTED = LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000);

    /** The §2.11 layout as the original writes it at submission. */
    private static String created(String ip, String username, String essay, String contact) {
        return "MEMBERSHIP APPLICATION\n"
                + "=====================\n"
                + "\n"
                + "Application ID: " + ID + "\n"
                + "Submitted: 2025-07-06T12:07:33.389783\n"
                + "IP Address: " + ip + "\n"
                + "\n"
                + "USERNAME: " + username + "\n"
                + "\n"
                + "ESSAY/MOTIVATION:\n"
                + essay + "\n"
                + "\n"
                + "CONTACT INFO: " + contact + "\n"
                + "\n"
                + "STATUS: pending\n";
    }

    private static final String ESSAY = "I have been praying with my church for years.\n\n  Indented: and with colons.";
    private static final String PENDING = created("203.0.113.5", "Mary Ann", ESSAY, "mary@example.org");
    /** The §8 approval. */
    private static final String APPROVED = PENDING
            + "\nAPPROVED by admin at 2025-07-07T10:00:00.500000\nInvite token: abcd1234abcd1234\n";

    private MembershipApplication read(String text) {
        Parsed<MembershipApplicationFile> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
        return (MembershipApplication) parsed.value();
    }

    @Test
    void aPendingApplicationIsReadWholeAndWrittenBackByteForByte() {
        MembershipApplication a = read(PENDING);
        assertThat(a).isEqualTo(new MembershipApplication(ID, SUBMITTED, "203.0.113.5", "Mary Ann", ESSAY,
                "mary@example.org", null));
        assertThat(a.status()).isEqualTo("pending");
        assertThat(a.fileName()).isEqualTo("20250706_120733_" + ID + ".txt");
        assertThat(ArchiveKind.of("membership_applications/" + a.fileName())).contains(ArchiveKind.MEMBERSHIP_APPLICATION);
    }

    @Test
    void anApprovedApplicationCarriesTheDecisionAndToken() {
        MembershipApplication a = read(APPROVED);
        assertThat(a.decision()).isEqualTo(new Decision.Approved("admin",
                LocalDateTime.of(2025, 7, 7, 10, 0, 0, 500_000_000), "abcd1234abcd1234"));
        assertThat(a.status()).isEqualTo("approved");
        assertThat(a.essay()).isEqualTo(ESSAY);
    }

    @Test
    void b30_adminNamesContainingAtAreWholeNames() {
        for (String admin : new String[] {"Nathan", "Pat", "Joy at Dawn", "Kat at"}) {
            MembershipApplication a = read(PENDING + "\nAPPROVED by " + admin
                    + " at 2025-07-07T10:00:00\nInvite token: abcd1234abcd1234\n");
            assertThat(a.decision().admin()).as(admin).isEqualTo(admin);
            assertThat(a.decision().at()).isEqualTo(LocalDateTime.of(2025, 7, 7, 10, 0));
            assertThat(a.status()).isEqualTo("approved");
        }
    }

    @Test
    void b30_rejectedIsAStatusWithOrWithoutAReason() {
        MembershipApplication plain = read(PENDING + "\nREJECTED by Nathan at 2025-07-07T10:00:00.000001\n");
        assertThat(plain.status()).isEqualTo("rejected");
        assertThat(plain.decision()).isEqualTo(new Decision.Rejected("Nathan",
                LocalDateTime.of(2025, 7, 7, 10, 0, 0, 1_000), null));

        MembershipApplication withReason = read(PENDING
                + "\nREJECTED by Pat at 2025-07-07T10:00:00\nReason: Spam: the essay\n\nwas copied\n");
        assertThat(withReason.status()).isEqualTo("rejected");
        assertThat(withReason.decision()).isEqualTo(new Decision.Rejected("Pat", LocalDateTime.of(2025, 7, 7, 10, 0),
                "Spam: the essay\n\nwas copied"));
    }

    @Test
    void b30_anEssayLineLookingLikeAFieldIsEssayText() {
        String essay = "USERNAME: impostor\nSTATUS: approved\n\nCONTACT INFO: fake\n\nSTATUS: pending\n"
                + "APPROVED by admin at 2025-07-07T10:00:00\nESSAY/MOTIVATION:";
        MembershipApplication a = read(created("203.0.113.5", "Mary Ann", essay, "mary@example.org")
                + "\nREJECTED by admin at 2025-07-07T10:00:00\n");

        assertThat(a.username()).isEqualTo("Mary Ann");
        assertThat(a.essay()).isEqualTo(essay);
        assertThat(a.contactInfo()).isEqualTo("mary@example.org");
        assertThat(a.status()).isEqualTo("rejected");
    }

    @Test
    void b30_unknownIpAndNoContactAreNullButWrittenBackAsTheOriginalsBytes() {
        String text = created("Unknown", "O'Brien", "", "None provided");
        MembershipApplication a = read(text);
        assertThat(a.ipAddress()).isNull();
        assertThat(a.contactInfo()).isNull();
        assertThat(a.essay()).isEmpty();

        MembershipApplication fresh = new MembershipApplication(ID, SUBMITTED, null, "O'Brien", "", "", null);
        assertThat(writer.write(fresh)).isEqualTo(text);
    }

    @Test
    void theWriterAppendsTheOriginalsDecisionText() {
        MembershipApplication a = new MembershipApplication(ID, SUBMITTED, "203.0.113.5", "Mary Ann", ESSAY,
                "mary@example.org", new Decision.Approved("admin", LocalDateTime.of(2025, 7, 7, 10, 0, 0, 500_000_000),
                "abcd1234abcd1234"));
        assertThat(writer.write(a)).isEqualTo(APPROVED);
        MembershipApplication emptyReason = new MembershipApplication(ID, SUBMITTED, "203.0.113.5", "Mary Ann", ESSAY,
                "mary@example.org", new Decision.Rejected("admin", LocalDateTime.of(2025, 7, 7, 10, 0), ""));
        assertThat(writer.write(emptyReason)).isEqualTo(PENDING + "\nREJECTED by admin at 2025-07-07T10:00:00\n");
    }

    private Parsed<MembershipApplicationFile> unreadable(String text) {
        Parsed<MembershipApplicationFile> parsed = reader.read(text);
        assertThat(parsed.value()).isEqualTo(new UnreadableMembershipApplication(text));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
        return parsed;
    }

    @Test
    void aWrongFirstLineIsReported() {
        assertThat(unreadable("APPLICATION\n" + PENDING).diagnostics()).containsExactly(Diagnostic.atLine(1,
                "expected 'MEMBERSHIP APPLICATION', found 'APPLICATION'"));
    }

    @Test
    void aMissingBlankLineIsReported() {
        String text = PENDING.replace("203.0.113.5\n\nUSERNAME", "203.0.113.5\nUSERNAME");
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(7,
                "expected a blank line, found 'USERNAME: Mary Ann'"));
    }

    @Test
    void textAfterTheInviteTokenIsReported() {
        String text = APPROVED + "Invite token: second\n";
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(21,
                "unexpected text after the 'Invite token:' line"));
    }

    @Test
    void aMissingFieldLineIsReported() {
        String text = PENDING.replace("IP Address: 203.0.113.5\n", "");
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(6,
                "expected 'IP Address: …', found ''"));
    }

    @Test
    void anEmptyIpOrContactIsReported() {
        assertThat(unreadable(created("", "Pat", "essay", "x")).diagnostics()).containsExactly(Diagnostic.atLine(6,
                "empty IP address (the original writes 'Unknown' for none)"));
        assertThat(unreadable(created("1.1.1.1", "Pat", "essay", "")).diagnostics()).containsExactly(
                Diagnostic.atLine(13, "empty contact (the original writes 'None provided' for none)"));
    }

    @Test
    void anUnparsableSubmissionTimeIsReported() {
        String text = PENDING.replace("2025-07-06T12:07:33.389783", "July 06 2025 at 12:07");
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(5,
                "unparsable submission time 'July 06 2025 at 12:07' (expected an ISO timestamp like 2025-07-06T12:07:33.389783)"));
    }

    @Test
    void aFileWithoutContactLineIsReported() {
        String text = PENDING.replace("CONTACT INFO: mary@example.org\n\n", "");
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(10,
                "no 'CONTACT INFO:' line follows the essay"));
    }

    @Test
    void aMissingStatusLineIsReported() {
        String text = PENDING.replace("STATUS: pending\n", "STATUS: approved\n");
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(15,
                "expected a blank line and 'STATUS: pending' after the contact line"));
    }

    @Test
    void anUnknownAppendedLineIsReported() {
        String text = PENDING + "\nDEFERRED by admin at 2025-07-07T10:00:00\n";
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(19,
                "expected the end of the file or an 'APPROVED by'/'REJECTED by' line after 'STATUS: pending'"));
    }

    @Test
    void anUnparsableDecisionTimeIsReported() {
        String text = PENDING + "\nAPPROVED by Nathan at noon\nInvite token: abcd\n";
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(19,
                "unparsable decision time 'noon' (expected an ISO timestamp like 2025-07-07T10:00:00.500000)"));
    }

    @Test
    void aDecisionLineWithoutAtIsReported() {
        String text = PENDING + "\nREJECTED by Nathan\n";
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(19,
                "expected '<admin> at <ISO timestamp>' in the decision line"));
    }

    @Test
    void anApprovalWithoutTokenIsReported() {
        String text = PENDING + "\nAPPROVED by admin at 2025-07-07T10:00:00\n";
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(20,
                "the file ends here, before the layout is complete (a truncated write?)"));
    }

    @Test
    void textAfterARejectionThatIsNotAReasonIsReported() {
        String text = PENDING + "\nREJECTED by admin at 2025-07-07T10:00:00\nReason: \n";
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(20,
                "expected 'Reason: <reason>' or the end of the file after the REJECTED line"));
    }

    @Test
    void aLastLineWithoutNewlineIsReported() {
        String text = PENDING + "\nAPPROVED by admin at 2025-07-07T10:00:00\nInvite token: abcd";
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(20,
                "the last line has no newline (a truncated write?)"));
    }

    @Test
    void aTruncatedFileIsReported() {
        String text = PENDING.substring(0, PENDING.indexOf("STATUS") + 3);
        assertThat(unreadable(text).diagnostics()).containsExactly(Diagnostic.atLine(15,
                "expected a blank line and 'STATUS: pending' after the contact line"));
    }
}
