package org.thywill.archive.format.membership;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A membership application file (reference §2.11):
 * <pre>
 * MEMBERSHIP APPLICATION
 * =====================
 *
 * Application ID: &lt;32hex&gt;
 * Submitted: &lt;ISO utc&gt;
 * IP Address: &lt;ip or Unknown&gt;
 *
 * USERNAME: &lt;desired username&gt;
 *
 * ESSAY/MOTIVATION:
 * &lt;essay verbatim&gt;
 *
 * CONTACT INFO: &lt;contact or None provided&gt;
 *
 * STATUS: pending
 * </pre>
 * followed, once an admin decided, by a blank line and the {@link Decision} (the STATUS line is never
 * rewritten).
 *
 * @param submittedAt naive UTC, microseconds kept
 * @param ipAddress   null when the file says {@code Unknown}
 * @param essay       verbatim: blank lines, indentation and lines that look like fields are text
 * @param contactInfo null when the file says {@code None provided}
 * @param decision    null while the application is pending
 */
public record MembershipApplication(String applicationId, LocalDateTime submittedAt, String ipAddress,
                                    String username, String essay, String contactInfo, Decision decision)
        implements MembershipApplicationFile {

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);

    /** {@code pending}, {@code approved} or {@code rejected}. */
    public String status() {
        return decision == null ? "pending" : decision.status();
    }

    /** The file name the original gives this application: {@code <YYYYmmdd_HHMMSS>_<id>.txt}. */
    public String fileName() {
        return FILE_STAMP.format(submittedAt) + "_" + applicationId + ".txt";
    }
}
