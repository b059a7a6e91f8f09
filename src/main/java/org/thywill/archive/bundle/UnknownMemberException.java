package org.thywill.archive.bundle;

/** A member bundle was asked for a display name that no user has (names are matched exactly). */
public final class UnknownMemberException extends IllegalArgumentException {

    public UnknownMemberException(String displayName) {
        super("no member named '" + displayName + "'");
    }
}
