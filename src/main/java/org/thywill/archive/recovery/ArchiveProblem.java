package org.thywill.archive.recovery;

/**
 * One thing wrong with an archive file, where it is and why.
 *
 * @param path   relative to the archive root
 * @param line   1-based; 0 when it concerns the whole file
 * @param check  which check found it: {@code parse} (the reader could not understand a line), {@code unknown-file},
 *               {@code duplicate-prayer-id}, {@code prayer-file-name}, {@code header}, {@code month}
 * @param reason what is wrong, naming the other file where there is one
 */
public record ArchiveProblem(String path, int line, String check, String reason) {

    public static final String PARSE = "parse";
    public static final String UNKNOWN_FILE = "unknown-file";
    public static final String DUPLICATE_PRAYER_ID = "duplicate-prayer-id";
    public static final String PRAYER_FILE_NAME = "prayer-file-name";
    public static final String HEADER = "header";
    public static final String MONTH = "month";

    /** {@code path:line: reason} ({@code path: reason} for the whole file). */
    public String describe() {
        return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
    }
}
