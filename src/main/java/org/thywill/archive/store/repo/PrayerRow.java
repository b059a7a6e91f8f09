package org.thywill.archive.store.repo;

import java.time.LocalDateTime;
import java.util.Objects;

/** A {@code prayer} row. {@code text} is the request verbatim; the categorization columns are cached values. */
public record PrayerRow(
        String id,
        String authorUsername,
        String text,
        String generatedPrayer,
        String projectTag,
        LocalDateTime createdAt,
        boolean flagged,
        String textFilePath,
        double safetyScore,
        String safetyFlags,
        String categorizationMethod,
        String specificityType,
        double specificityConfidence,
        String subjectCategory) {

    public PrayerRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorUsername, "authorUsername");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(safetyFlags, "safetyFlags");
        Objects.requireNonNull(categorizationMethod, "categorizationMethod");
        Objects.requireNonNull(specificityType, "specificityType");
        Objects.requireNonNull(subjectCategory, "subjectCategory");
    }

    /**
     * A prayer with the original model's defaults (reference §3): not flagged, safety 1.0 with flags {@code []},
     * categorization {@code default}, specificity {@code unknown} 0.0, category {@code general}.
     */
    public static PrayerRow submitted(String id, String authorUsername, String text, String generatedPrayer,
                                      String projectTag, LocalDateTime createdAt, String textFilePath) {
        return new PrayerRow(id, authorUsername, text, generatedPrayer, projectTag, createdAt, false, textFilePath,
                1.0, "[]", "default", "unknown", 0.0, "general");
    }
}
