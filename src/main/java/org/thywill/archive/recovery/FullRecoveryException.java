package org.thywill.archive.recovery;

/**
 * A full recovery did not replace the database. The message says why, that the live database was not changed, where
 * its pre-recovery backup is when one was taken, and which routes were started again.
 */
public class FullRecoveryException extends RuntimeException {

    /** Why: decides the CLI's exit code. */
    public enum Reason {
        /** The live database or the merged copy failed a check (unreadable, corrupt, rows lost, schema): exit 1. */
        REFUSED,
        /** Another process kept the live database locked past the busy timeout: exit 3. */
        DATABASE_LOCKED,
        /** Anything else (I/O, the backup, the import itself): exit 3. */
        FAILED
    }

    private final Reason reason;

    public FullRecoveryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
