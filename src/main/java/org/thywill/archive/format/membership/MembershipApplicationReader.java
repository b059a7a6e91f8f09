package org.thywill.archive.format.membership;

import static org.thywill.archive.format.membership.MembershipApplicationLayout.*;

import java.time.LocalDateTime;
import java.util.List;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.ExactTime;

/**
 * Reads {@code membership_applications/<YYYYmmdd_HHMMSS>_<id>.txt} (reference §2.11) by its structure,
 * not by {@code startswith} keys as the original's recovery does (B30):
 * <ul>
 *   <li>the fields before the essay come from their fixed lines, so an essay line {@code USERNAME: x}
 *       is essay text, not the applicant;</li>
 *   <li>the essay is everything between {@code ESSAY/MOTIVATION:} and the last
 *       {@code ⏎⏎CONTACT INFO: <one line>⏎⏎STATUS: pending⏎} that is followed by nothing or by a
 *       well-formed decision;</li>
 *   <li>the decision's admin is everything between {@code by } and the last {@code  at } (admins are
 *       named {@code Nathan}, {@code Pat}, {@code Joy at Dawn}); {@code REJECTED} is a status.</li>
 * </ul>
 * A file whose layout is not that is returned whole as an {@link UnreadableMembershipApplication} with
 * one diagnostic saying where and why.
 */
public final class MembershipApplicationReader implements ArchiveReader<MembershipApplicationFile> {

    private static final int HEADER_LINES = 10;

    @Override
    public Parsed<MembershipApplicationFile> read(String text) {
        try {
            return Parsed.clean(parse(text));
        } catch (Problem p) {
            return new Parsed<>(new UnreadableMembershipApplication(text),
                    List.of(Diagnostic.atLine(lineAt(text, p.offset), p.getMessage())));
        }
    }

    private static MembershipApplication parse(String text) throws Problem {
        Cursor c = new Cursor(text);
        c.expectLine(TITLE);
        c.expectLine(RULE);
        c.expectLine("");
        String id = c.lineAfter(APPLICATION_ID);
        int submittedAt = c.pos;
        String submittedText = c.lineAfter(SUBMITTED);
        LocalDateTime submitted = ExactTime.isoLocal(submittedText).orElseThrow(() -> new Problem(submittedAt,
                "unparsable submission time '" + submittedText + "' (expected an ISO timestamp like 2025-07-06T12:07:33.389783)"));
        int ipAt = c.pos;
        String ip = c.lineAfter(IP_ADDRESS);
        if (ip.isEmpty()) {
            throw new Problem(ipAt, "empty IP address (the original writes '" + UNKNOWN_IP + "' for none)");
        }
        c.expectLine("");
        String username = c.lineAfter(USERNAME);
        c.expectLine("");
        int essayLine = c.pos;
        c.expectLine(ESSAY);

        String rest = text.substring(c.pos);
        Problem lastProblem = null;
        for (int at = rest.lastIndexOf(CONTACT); at >= 0; at = at == 0 ? -1 : rest.lastIndexOf(CONTACT, at - 1)) {
            try {
                Tail tail = tail(text, c.pos + at + CONTACT.length());
                return new MembershipApplication(id, submitted, UNKNOWN_IP.equals(ip) ? null : ip, username,
                        rest.substring(0, at), NO_CONTACT.equals(tail.contact) ? null : tail.contact, tail.decision);
            } catch (Problem p) {
                if (lastProblem == null) {
                    lastProblem = p;
                }
            }
        }
        throw lastProblem != null ? lastProblem
                : new Problem(essayLine, "no 'CONTACT INFO:' line follows the essay");
    }

    private record Tail(String contact, Decision decision) {
    }

    /** The contact line, the pending status and the decision, starting right after {@code CONTACT INFO: }. */
    private static Tail tail(String text, int from) throws Problem {
        Cursor c = new Cursor(text, from);
        String contact = c.restOfLine();
        if (contact.isEmpty()) {
            throw new Problem(from, "empty contact (the original writes '" + NO_CONTACT + "' for none)");
        }
        c.pos--; // the newline after the contact opens STATUS_PENDING
        c.expect(STATUS_PENDING, "expected a blank line and 'STATUS: pending' after the contact line");
        if (c.atEnd()) {
            return new Tail(contact, null);
        }
        if (c.startsWith(APPROVED)) {
            c.pos += APPROVED.length();
            int lineStart = c.pos;
            String byAt = c.restOfLine();
            String admin = admin(byAt, lineStart);
            LocalDateTime at = when(byAt, lineStart);
            String token = c.lineAfter(INVITE_TOKEN);
            if (!c.atEnd()) {
                throw new Problem(c.pos, "unexpected text after the 'Invite token:' line");
            }
            return new Tail(contact, new Decision.Approved(admin, at, token));
        }
        if (c.startsWith(REJECTED)) {
            c.pos += REJECTED.length();
            int lineStart = c.pos;
            String byAt = c.restOfLine();
            String admin = admin(byAt, lineStart);
            LocalDateTime at = when(byAt, lineStart);
            if (c.atEnd()) {
                return new Tail(contact, new Decision.Rejected(admin, at, null));
            }
            if (!c.startsWith(REASON) || !text.endsWith("\n") || text.length() - 1 <= c.pos + REASON.length()) {
                throw new Problem(c.pos, "expected 'Reason: <reason>' or the end of the file after the REJECTED line");
            }
            String reason = text.substring(c.pos + REASON.length(), text.length() - 1);
            return new Tail(contact, new Decision.Rejected(admin, at, reason));
        }
        int appended = c.startsWith("\n") ? c.pos + 1 : c.pos;
        throw new Problem(appended, "expected the end of the file or an 'APPROVED by'/'REJECTED by' line after 'STATUS: pending'");
    }

    private static String admin(String byAt, int lineStart) throws Problem {
        int at = byAt.lastIndexOf(AT);
        if (at < 0) {
            throw new Problem(lineStart, "expected '<admin> at <ISO timestamp>' in the decision line");
        }
        return byAt.substring(0, at);
    }

    private static LocalDateTime when(String byAt, int lineStart) throws Problem {
        String iso = byAt.substring(byAt.lastIndexOf(AT) + AT.length());
        return ExactTime.isoLocal(iso).orElseThrow(() -> new Problem(lineStart,
                "unparsable decision time '" + iso + "' (expected an ISO timestamp like 2025-07-07T10:00:00.500000)"));
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A position in the text and the line-shaped steps the layout is read with. */
    private static final class Cursor {
        final String text;
        int pos;

        Cursor(String text) {
            this(text, 0);
        }

        Cursor(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        boolean atEnd() {
            return pos == text.length();
        }

        boolean startsWith(String s) {
            return text.startsWith(s, pos);
        }

        /** The text up to the next newline, which is consumed; a missing newline is a truncated file. */
        String restOfLine() throws Problem {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                throw new Problem(pos, atEnd() ? "the file ends here, before the layout is complete (a truncated write?)"
                        : "the last line has no newline (a truncated write?)");
            }
            String line = text.substring(pos, nl);
            pos = nl + 1;
            return line;
        }

        void expectLine(String expected) throws Problem {
            int start = pos;
            String line = restOfLine();
            if (!line.equals(expected)) {
                pos = start;
                throw new Problem(start, expected.isEmpty()
                        ? "expected a blank line, found '" + line + "'"
                        : "expected '" + expected + "', found '" + line + "'");
            }
        }

        String lineAfter(String prefix) throws Problem {
            int start = pos;
            String line = restOfLine();
            if (!line.startsWith(prefix)) {
                pos = start;
                throw new Problem(start, "expected '" + prefix + "…', found '" + line + "'");
            }
            return line.substring(prefix.length());
        }

        void expect(String s, String reason) throws Problem {
            if (!startsWith(s)) {
                throw new Problem(pos, reason);
            }
            pos += s.length();
        }
    }

    /** What is wrong, at which character offset of the file. */
    private static final class Problem extends Exception {
        final int offset;

        Problem(int offset, String reason) {
            super(reason, null, false, false);
            this.offset = offset;
        }
    }
}
