package org.thywill.archive.format.prayer;

import java.util.Optional;

/**
 * Our encoding for a testimony the original's one-line form cannot carry (one containing a line feed or a
 * carriage return: the original writes them raw, which breaks the line, and its reader's universal-newline
 * mode turns a CR into a line break too).
 *
 * <p>Such a testimony is written as {@code <TS> - <user> added testimony (encoded): <escaped>} where
 * {@code \} becomes {@code \\}, LF becomes {@code \n} and CR becomes {@code \r}; nothing else is escaped, so
 * the line is the text itself whenever the text has no backslash. Any other backslash sequence is invalid.
 * A testimony without LF or CR keeps the original's byte-compatible form {@code added testimony: <text>}.
 * The original's parser (substring {@code added testimony}) still sees a testimony on one line, shows the
 * escapes literally, and invents no activity from the text's lines.
 */
public final class TestimonyEscape {

    private TestimonyEscape() {
    }

    /** Whether the text needs the encoded form: it contains a line feed or a carriage return. */
    public static boolean needsEncoding(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    public static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The decoded text, or empty when {@code escaped} holds an invalid escape or a raw LF/CR. */
    public static Optional<String> decode(String escaped) {
        StringBuilder sb = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\n' || c == '\r') {
                return Optional.empty();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i + 1 == escaped.length()) {
                return Optional.empty();
            }
            char e = escaped.charAt(++i);
            switch (e) {
                case '\\' -> sb.append('\\');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(sb.toString());
    }
}
