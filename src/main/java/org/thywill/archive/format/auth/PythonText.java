package org.thywill.archive.format.auth;

/**
 * How the original's f-strings render values: {@code None} for null, {@code True}/{@code False} for
 * booleans, and the {@code |→_} replacement some columns get.
 */
public final class PythonText {

    public static final String NONE = "None";

    private PythonText() {
    }

    /** {@code str(value)}: {@code None} for null. */
    public static String orNone(String value) {
        return value == null ? NONE : value;
    }

    /** The inverse of {@link #orNone}: {@code None} is null, anything else is itself. */
    public static String noneToNull(String text) {
        return NONE.equals(text) ? null : text;
    }

    public static String bool(boolean b) {
        return b ? "True" : "False";
    }

    /** {@code True} or {@code False}, exactly; anything else is not a Python bool. */
    public static boolean parseBool(String text) throws UnreadableLineException {
        return switch (text) {
            case "True" -> true;
            case "False" -> false;
            default -> throw new UnreadableLineException("expected True or False, found '" + text + "'");
        };
    }

    /** The original's {@code .replace('|', '_')}. */
    public static String pipesToUnderscores(String text) {
        return text.replace('|', '_');
    }
}
