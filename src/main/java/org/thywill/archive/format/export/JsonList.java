package org.thywill.archive.format.export;

/**
 * Recognises a JSON array of strings, such as a role's permissions ({@code ["read", "write_own"]}).
 * Used only to decide where an unescaped description ends in {@code roles/roles.txt}.
 */
public final class JsonList {

    private JsonList() {
    }

    public static boolean isStringList(String s) {
        int[] at = {skipSpace(s, 0)};
        if (!take(s, at, '[')) {
            return false;
        }
        at[0] = skipSpace(s, at[0]);
        if (take(s, at, ']')) {
            return skipSpace(s, at[0]) == s.length();
        }
        while (true) {
            if (!string(s, at)) {
                return false;
            }
            at[0] = skipSpace(s, at[0]);
            if (take(s, at, ']')) {
                return skipSpace(s, at[0]) == s.length();
            }
            if (!take(s, at, ',')) {
                return false;
            }
            at[0] = skipSpace(s, at[0]);
        }
    }

    private static boolean string(String s, int[] at) {
        if (!take(s, at, '"')) {
            return false;
        }
        int i = at[0];
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                at[0] = i + 1;
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    return false;
                }
                char e = s.charAt(i + 1);
                if (e == 'u') {
                    if (i + 6 > s.length() || !s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                        return false;
                    }
                    i += 6;
                    continue;
                }
                if ("\"\\/bfnrt".indexOf(e) < 0) {
                    return false;
                }
                i += 2;
                continue;
            }
            i++;
        }
        return false;
    }

    private static boolean take(String s, int[] at, char c) {
        if (at[0] < s.length() && s.charAt(at[0]) == c) {
            at[0]++;
            return true;
        }
        return false;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
