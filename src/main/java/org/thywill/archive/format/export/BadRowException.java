package org.thywill.archive.format.export;

/**
 * Thrown by a {@link RowCodec} for a row it cannot understand; the table reader turns it into a
 * diagnostic at the row's line and keeps the row as {@link Row.Unrecognised}.
 */
public final class BadRowException extends RuntimeException {

    public BadRowException(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
