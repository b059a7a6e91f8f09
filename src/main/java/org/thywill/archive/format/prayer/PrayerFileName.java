package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/**
 * What a prayer file's name says: the creation minute and the collision suffix ({@code 1} for the plain
 * name, {@code 2} for {@code _2}, …). The name does not carry the prayer id.
 */
public record PrayerFileName(LocalDateTime createdAt, int suffix) {

    public PrayerFileName {
        createdAt = ArchiveTime.toMinute(Objects.requireNonNull(createdAt, "createdAt"));
        if (suffix < 1) {
            throw new IllegalArgumentException("suffix must be 1 (none) or at least 2: " + suffix);
        }
    }

    /** {@code 2024_02_29_prayer_at_1234.txt}, or {@code 2024_02_29_prayer_at_1234_2.txt} for suffix 2. */
    public String fileName() {
        return PrayerFileNames.baseName(createdAt) + (suffix == 1 ? "" : "_" + suffix) + ".txt";
    }

    /** {@code prayers/2024/02/} + {@link #fileName()}. */
    public String relativePath() {
        return PrayerFileNames.directory(createdAt) + fileName();
    }
}
