package org.thywill.archive.format.auth;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of {@code auth/YYYY_MM_security_events.txt} (reference §2.7):
 * {@code ISO|event_type|user_id|ip|user_agent|details}. The session lines the live app writes carry
 * {@code session_id=<sid>, fully_authenticated=True} or {@code session_id=<sid>, reason=<r>} as
 * details: that is data (the original's recovery drops every line containing {@code =}, B22), see
 * {@link #detailFields()}.
 *
 * @param createdAt naive UTC, microseconds kept
 * @param userId    null when the file says {@code None}
 * @param ipAddress null when the file says {@code None}
 * @param userAgent null when the file says {@code None} (the original cannot archive a null user agent, B20)
 * @param details   null when the file says {@code None} (likewise)
 */
public record SecurityEvent(LocalDateTime createdAt, String eventType, String userId, String ipAddress,
                            String userAgent, String details) {

    /** A {@code , } that starts the next {@code key=value} pair. */
    private static final Pattern PAIR_SEPARATOR = Pattern.compile(", (?=[A-Za-z_][A-Za-z0-9_]*=)");
    private static final Pattern FIRST_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=");

    /**
     * The {@code key=value} pairs of the details, in order ({@code session_id}, {@code fully_authenticated},
     * {@code reason}); empty when the details are not in that form. A value may contain {@code , } as long
     * as what follows is not itself {@code key=}.
     */
    public Map<String, String> detailFields() {
        if (details == null || !FIRST_KEY.matcher(details).find()) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : PAIR_SEPARATOR.split(details, -1)) {
            int eq = pair.indexOf('=');
            fields.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The {@code session_id} of a session event's details. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(detailFields().get("session_id"));
    }
}
