package org.thywill.archive.cli;

/** The CLI's exit codes, documented in the README. */
public final class ExitCode {
    /** Everything went well. */
    public static final int OK = 0;
    /** The command ran, and found problems (diagnostics, rejected files, failed checks). */
    public static final int PROBLEMS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The command could not do its work (I/O error, database error, crash). */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
