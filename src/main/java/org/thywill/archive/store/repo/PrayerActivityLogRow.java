package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A {@code prayer_activity_log} row: {@code userId} (a display name) did {@code action} ({@code prayed},
 * {@code set_answered}, {@code remove_archived}, {@code testimony}...) to {@code prayerId}.
 */
public record PrayerActivityLogRow(
        String id,
        String prayerId,
        String userId,
        String action,
        String oldValue,
        String newValue,
        LocalDateTime createdAt,
        String textFilePath) {

    public PrayerActivityLogRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
