package org.thywill.archive.bundle;

import java.text.Normalizer;

/**
 * A file-name stem made from a display name, safe on any file system and in any shell: letters and digits of
 * any script (NFC) and {@code -} are kept; every other run of characters (spaces, apostrophes, dots, slashes,
 * control characters...) becomes one {@code _}; leading and trailing {@code _}/{@code -} are dropped; at most
 * {@value #MAX_CODE_POINTS} code points; {@code member} when nothing is left. So {@code "D'Angelo Price"} →
 * {@code D_Angelo_Price}, {@code "李明"} → {@code 李明}, {@code "../etc"} → {@code etc}. Never a path separator,
 * never {@code .} or {@code ..}. Different names may give the same stem; bundle names are made unique anyway.
 */
public final class SafeFileName {

    static final int MAX_CODE_POINTS = 64;

    private SafeFileName() {
    }

    public static String of(String displayName) {
        String nfc = Normalizer.normalize(displayName, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        int kept = 0;
        for (int i = 0; i < nfc.length() && kept < MAX_CODE_POINTS; ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '-') {
                if (gap && out.length() > 0) {
                    out.append('_');
                    kept++;
                }
                gap = false;
                out.appendCodePoint(cp);
                kept++;
            } else {
                gap = true;
            }
        }
        String s = out.toString().replaceAll("^[-_]+|[-_]+$", "");
        return s.isEmpty() ? "member" : s;
    }
}
