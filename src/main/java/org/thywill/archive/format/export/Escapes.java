package org.thywill.archive.format.export;

/**
 * The escapes export-all writes (reference §2.6): {@code |} as {@code \|} in the escaped columns, and
 * in the changelog's {@code friendly_description} a newline as the three characters {@code \\n}
 * (Python {@code .replace('\n', '\\\\n')}). Decoding is the exact inverse of encoding for every value,
 * except that a {@code friendly_description} which itself contains the three characters {@code \\n}
 * reads back with a newline there.
 */
public final class Escapes {

    private static final String ESCAPED_NEWLINE = "\\\\n";

    private Escapes() {
    }

    public static String escapeBar(String s) {
        return s.replace("|", "\\|");
    }

    /**
     * Every {@code \|} back to {@code |}. Exact inverse of {@link #escapeBar}: each {@code |} of an
     * escaped text is preceded by the {@code \} the escape put there.
     */
    public static String unescapeBar(String s) {
        return s.replace("\\|", "|");
    }

    public static String escapeNewlines(String s) {
        return s.replace("\n", ESCAPED_NEWLINE);
    }

    public static String unescapeNewlines(String s) {
        return s.replace(ESCAPED_NEWLINE, "\n");
    }

    /** How many {@code |} in {@code s} are separators, i.e. not written as {@code \|}. */
    public static int separators(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }
}
