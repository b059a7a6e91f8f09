package org.thywill.archive.format.monthly;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A row of {@code prayers/attributes/YYYY_MM_attributes.txt}:
 * {@code <TS>|<prayer_id>|<name>|<value>|<user or system>}.
 *
 * @param value     verbatim, {@code |} included (the original does not escape it)
 * @param createdBy the user, or {@code null} when the row says {@code system}. As in the original's
 *                  {@code user_id or "system"}, an empty name and the name {@code system} both mean
 *                  "no user", so a user literally named {@code system} is not representable (and no
 *                  phantom user {@code system} is read, B25).
 */
public record PrayerAttribute(LocalDateTime at, String prayerId, String name, String value, String createdBy) {

    public static final String SYSTEM = "system";

    public PrayerAttribute {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (createdBy != null && (createdBy.isEmpty() || createdBy.equals(SYSTEM))) {
            createdBy = null;
        }
    }

    public boolean bySystem() {
        return createdBy == null;
    }
}
