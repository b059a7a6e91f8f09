package org.thywill.archive.format.export;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveTime;

/**
 * Reading and rendering of the field shapes the pipe files use: {@code TS} and ISO timestamps,
 * {@code yes/no} and Python {@code True/False} booleans, integers, and the literals that stand for
 * None ({@code None}, {@code unknown}, {@code never}, …). Parsers throw {@link BadRowException} naming
 * the column and quoting the text.
 */
public final class Fields {

    /** What Python's {@code isoformat()}/{@code str()} can write for a naive value (fraction up to micros). */
    private static final Pattern PYTHON_ISO =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?");

    private Fields() {
    }

    /** A {@code TS} value ({@code July 06 2025 at 12:07}), parsed leniently. */
    public static LocalDateTime ts(String column, String text) {
        if (!text.equals(text.strip())) {
            throw bad("timestamp", column, text);
        }
        return ArchiveTime.parseTs(text).orElseThrow(() -> bad("timestamp", column, text));
    }

    public static String ts(LocalDateTime t) {
        return ArchiveTime.ts(t);
    }

    /** A {@code TS} value, or {@code null} when the text is {@code noneLiteral}. */
    public static LocalDateTime tsOr(String column, String text, String noneLiteral) {
        return text.equals(noneLiteral) ? null : ts(column, text);
    }

    public static String tsOr(LocalDateTime t, String noneLiteral) {
        return t == null ? noneLiteral : ts(t);
    }

    /**
     * A naive ISO value ({@code 2025-07-06T12:07:33.389783}, fraction optional) exactly as {@code isoformat()} writes
     * it: seconds always, the fraction in six digits or not at all. Any other spelling ({@code 12:07:33.30785}) is
     * refused rather than read as a value that would be written back differently.
     */
    public static LocalDateTime iso(String column, String text) {
        if (!PYTHON_ISO.matcher(text).matches()) {
            throw bad("timestamp", column, text);
        }
        LocalDateTime t = ArchiveTime.parseIsoLocal(text).orElseThrow(() -> bad("timestamp", column, text));
        if (!ArchiveTime.iso(t).equals(text)) {
            throw bad("timestamp", column, text);
        }
        return t;
    }

    public static String iso(LocalDateTime t) {
        return ArchiveTime.iso(t);
    }

    /** A naive ISO value, or {@code null} when the text is empty. */
    public static LocalDateTime isoOrEmpty(String column, String text) {
        return text.isEmpty() ? null : iso(column, text);
    }

    public static String isoOrEmpty(LocalDateTime t) {
        return t == null ? "" : iso(t);
    }

    /** {@code yes}/{@code no}; {@code true}/{@code false} in any case are accepted too (reference §9). */
    public static boolean yesNo(String column, String text) {
        return bool(column, text, "yes or no");
    }

    public static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** Python {@code str(bool)}: {@code True}/{@code False}; {@code yes}/{@code no} in any case are accepted too. */
    public static boolean pythonBool(String column, String text) {
        return bool(column, text, "True or False");
    }

    public static String pythonBool(boolean b) {
        return b ? "True" : "False";
    }

    private static boolean bool(String column, String text, String expected) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "true":
                return true;
            case "no", "false":
                return false;
            default:
                throw new BadRowException("bad boolean in " + column + ": '" + text + "' (expected " + expected + ")");
        }
    }

    /**
     * Python {@code str(int)}: {@code 0}, or an optional {@code -} and digits without a leading zero. Any other
     * spelling ({@code 08}, {@code -0}, {@code +8}) could not be written back as read.
     */
    public static int integer(String column, String text) {
        if (!text.matches("0|-?[1-9][0-9]{0,9}")) {
            throw bad("number", column, text);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw bad("number", column, text);
        }
    }

    /** {@code null} when the text is the literal the writer uses for None, else the text. */
    public static String nullIf(String text, String noneLiteral) {
        return text.equals(noneLiteral) ? null : text;
    }

    /** The value, or the literal the writer uses for None. */
    public static String orLiteral(String value, String noneLiteral) {
        return value == null ? noneLiteral : value;
    }

    private static BadRowException bad(String what, String column, String text) {
        return new BadRowException("bad " + what + " in " + column + ": '" + text + "'");
    }
}
