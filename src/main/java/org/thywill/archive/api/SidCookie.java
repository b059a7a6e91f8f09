package org.thywill.archive.api;

import java.util.List;
import java.util.Optional;

/**
 * The {@code sid} cookie's value from a request's {@code Cookie} header(s) ({@code a=1; sid=abc; b=2}, RFC 6265
 * §5.4); a value in double quotes is unquoted. Empty values count as absent. The value is a bearer secret: it is
 * never logged and never put in an error.
 */
final class SidCookie {

    static final String NAME = "sid";

    private SidCookie() {
    }

    /** {@code header} is the Camel header value: a String, or a List of them when the request repeated the header. */
    static Optional<String> from(Object header) {
        if (header instanceof List<?> many) {
            for (Object one : many) {
                Optional<String> sid = from(one);
                if (sid.isPresent()) {
                    return sid;
                }
            }
            return Optional.empty();
        }
        if (!(header instanceof String text)) {
            return Optional.empty();
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0 || !pair.substring(0, eq).strip().equals(NAME)) {
                continue;
            }
            String value = pair.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (!value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
