package org.thywill.archive.format;

/**
 * Something a reader could not understand: the 1-based line number in the file (0 when it concerns
 * the whole file) and the reason. The caller knows the file and attaches its path when it reports.
 */
public record Diagnostic(int line, String reason) {

    public static Diagnostic atLine(int line, String reason) {
        return new Diagnostic(line, reason);
    }

    public static Diagnostic ofFile(String reason) {
        return new Diagnostic(0, reason);
    }

    /** {@code path:line: reason}, the way compilers and linters report. */
    public String describe(String path) {
        return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
    }
}
