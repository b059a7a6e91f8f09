package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/** A {@code prayerskip} row (the original keeps one per user and prayer; skips are not archived). */
public record PrayerSkipRow(String id, String userId, String prayerId, LocalDateTime createdAt) {

    public PrayerSkipRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
