package org.thywill.archive.format.monthly;

import java.time.LocalDateTime;
import java.util.Objects;

/** A row of {@code prayers/marks/YYYY_MM_marks.txt}: {@code <TS>|<prayer_id>|<user>}. */
public record PrayerMark(LocalDateTime at, String prayerId, String user) {

    public PrayerMark {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(user, "user");
    }
}
