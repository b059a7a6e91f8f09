package org.thywill.archive.format.system;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One line of {@code system/event_log/<kind>_events_YYYY_MM.txt} (reference §2.10):
 * {@code <ISO +00:00> - <message>}. The live app writes only session events,
 * {@code Session <sid> <event> for user <user>} (see {@link #sessionEvent()}); the admin, token and
 * auth-request variants have the same {@code <ISO> - } prefix and are kept as messages.
 */
public record EventLogEntry(OffsetDateTime timestamp, String message) {

    static final String SESSION = "Session ";
    static final String FOR_USER = " for user ";

    /** The line the original writes for a session event. */
    public static EventLogEntry session(OffsetDateTime timestamp, String sessionId, String event, String user) {
        return new EventLogEntry(timestamp, SESSION + sessionId + " " + event + FOR_USER + user);
    }

    /**
     * The session event this message states: the session id is the word after {@code Session }, the
     * event runs to the first {@code " for user "}, and the user is everything after it (names contain
     * spaces).
     */
    public Optional<SessionEvent> sessionEvent() {
        if (!message.startsWith(SESSION)) {
            return Optional.empty();
        }
        String rest = message.substring(SESSION.length());
        int space = rest.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        int forUser = rest.indexOf(FOR_USER, space + 1);
        if (forUser <= space + 1) {
            return Optional.empty();
        }
        return Optional.of(new SessionEvent(rest.substring(0, space), rest.substring(space + 1, forUser),
                rest.substring(forUser + FOR_USER.length())));
    }

    /** {@code Session <sessionId> <event> for user <user>}; event is e.g. {@code created}, {@code deleted}. */
    public record SessionEvent(String sessionId, String event, String user) {
    }
}
