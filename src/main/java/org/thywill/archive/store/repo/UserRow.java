package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/** A {@code user} row. The display name is the natural key (spaces, {@code '}, {@code .}, {@code -}, non-ASCII). */
public record UserRow(
        String displayName,
        LocalDateTime createdAt,
        String invitedByUsername,
        String inviteTokenUsed,
        boolean welcomeMessageDismissed,
        String textFilePath,
        boolean isSupporter,
        LocalDateTime supporterSince,
        String supporterType) {

    public UserRow {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A user as the original registers one: welcome not dismissed, not a supporter. */
    public static UserRow registered(String displayName, LocalDateTime createdAt, String invitedByUsername,
                                     String inviteTokenUsed, String textFilePath) {
        return new UserRow(displayName, createdAt, invitedByUsername, inviteTokenUsed, false, textFilePath,
                false, null, null);
    }
}
