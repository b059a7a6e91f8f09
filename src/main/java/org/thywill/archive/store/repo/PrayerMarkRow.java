package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/** A {@code prayermark} row: {@code username} prayed for {@code prayerId} at {@code createdAt}. */
public record PrayerMarkRow(String id, String username, String prayerId, LocalDateTime createdAt, String textFilePath) {

    public PrayerMarkRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
