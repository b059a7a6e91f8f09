package org.thywill.archive.store;

/** The store could not do what was asked; the message says what, on which file, and why. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
