package org.thywill.archive.format.monthly;

import java.time.LocalDateTime;
import java.util.Objects;

/** A row of {@code prayers/skips/YYYY_MM_skips.txt}: {@code <TS>|<prayer_id>|<user>}. */
public record PrayerSkip(LocalDateTime at, String prayerId, String user) {

    public PrayerSkip {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(user, "user");
    }
}
