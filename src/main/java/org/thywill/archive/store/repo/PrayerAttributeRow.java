package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A {@code prayer_attributes} row, e.g. {@code answered}={@code true}, {@code answer_date}=ISO text,
 * {@code answer_testimony}=the text, {@code archived}={@code true}, {@code daily_priority}={@code YYYY-MM-DD}.
 */
public record PrayerAttributeRow(
        String id,
        String prayerId,
        String attributeName,
        String attributeValue,
        LocalDateTime createdAt,
        String createdBy,
        String textFilePath) {

    public PrayerAttributeRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(attributeName, "attributeName");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
