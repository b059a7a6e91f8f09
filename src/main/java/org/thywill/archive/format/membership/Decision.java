package org.thywill.archive.format.membership;

import java.time.LocalDateTime;

/** An admin's decision, appended to the application file after its {@code STATUS: pending} line. */
public sealed interface Decision permits Decision.Approved, Decision.Rejected {

    /** The admin's name, everything between {@code by } and the last {@code  at } (names contain {@code at}). */
    String admin();

    /** When it was decided (naive UTC, microseconds kept). */
    LocalDateTime at();

    /** The status it gives the application. */
    String status();

    /** {@code APPROVED by <admin> at <ISO>} / {@code Invite token: <token>}. */
    record Approved(String admin, LocalDateTime at, String inviteToken) implements Decision {
        @Override
        public String status() {
            return "approved";
        }
    }

    /**
     * {@code REJECTED by <admin> at <ISO>}, then {@code Reason: <reason>} when one was given.
     *
     * @param reason null when none was given (the original writes no Reason line for an empty one); may
     *               span several lines
     */
    record Rejected(String admin, LocalDateTime at, String reason) implements Decision {
        @Override
        public String status() {
            return "rejected";
        }
    }
}
