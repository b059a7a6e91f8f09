package org.thywill.archive.format.auth;

/** Thrown by a {@link RowCodec} when a line does not have the shape of its kind; the message is the reason. */
public final class UnreadableLineException extends Exception {

    public UnreadableLineException(String reason) {
        super(reason, null, false, false);
    }
}
