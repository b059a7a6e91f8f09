package org.thywill.archive.backup;

/** A backup could not be taken; nothing was left under a final name and the live database was not touched. */
public class BackupException extends RuntimeException {

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackupException(String message) {
        super(message);
    }
}
