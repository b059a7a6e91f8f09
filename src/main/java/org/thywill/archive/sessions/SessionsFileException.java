package org.thywill.archive.sessions;

/** A sessions backup that cannot be used, with the file and the reason; nothing was written. */
public class SessionsFileException extends RuntimeException {

    public SessionsFileException(String message) {
        super(message);
    }
}
