package org.thywill.archive.demo;

import java.time.LocalDateTime;

/** Something that happens to a prayer after it is submitted; {@link #at()} is when the server handles it. */
sealed interface PrayerEvent {

    LocalDateTime at();

    /**
     * A member prays. {@code clientAt} is null for an online mark; for an offline mark it is the (earlier) time
     * the member's device recorded, which the archive line and the rows carry, while {@code at} is when it
     * reached the server: the line is appended then, so it sits out of chronological order.
     */
    record Prayed(LocalDateTime at, LocalDateTime clientAt, Member user) implements PrayerEvent {

        /** The time the archive line and the rows show. */
        LocalDateTime shownAt() {
            return clientAt == null ? at : clientAt;
        }
    }

    /** The author marks the prayer answered, with a testimony or (null) without. */
    record Answered(LocalDateTime at, Member user, String testimony) implements PrayerEvent {
    }

    /** The prayer is archived; {@code restoredLater} says whether a {@link Restored} follows. */
    record Archived(LocalDateTime at, Member user, boolean restoredLater) implements PrayerEvent {
    }

    record Restored(LocalDateTime at, Member user) implements PrayerEvent {
    }
}
