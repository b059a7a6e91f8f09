package org.thywill.archive.backup;

/**
 * A restore did not happen. The message says why, that the live database was not changed (or, if it could have
 * been, names the pre-restore copy), and which routes were started again.
 */
public class RestoreException extends RuntimeException {

    /** Why the restore did not happen: decides the CLI's exit code. */
    public enum Reason {
        /** The backup failed its checks (verify, integrity, not a ThyWill database, schema): exit 1. */
        BACKUP_REJECTED,
        /** Another process kept the live database locked past the busy timeout: exit 3. */
        DATABASE_LOCKED,
        /** Anything else (I/O, the pre-restore backup, a migration that failed): exit 3. */
        FAILED
    }

    private final Reason reason;

    public RestoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RestoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The same reason with more said: what happened to the database and the routes afterwards. */
    RestoreException explained(String more) {
        RestoreException e = new RestoreException(reason, getMessage() + more, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
