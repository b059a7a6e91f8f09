package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/**
 * The header block of a prayer file, the lines before its first blank line:
 * {@code Prayer <id> by <author>}, {@code Submitted <TS>}, then optionally {@code Project: <tag>},
 * {@code Audience: <audience>} and the six {@link Categorization} lines.
 *
 * @param id                the prayer id: the text between {@code Prayer } and the first {@code " by "}
 * @param author            the author's display name: everything after that {@code " by "}
 * @param submitted         the minute of {@code Submitted}; {@code null} only when the reader could not read it
 * @param projectTag        {@code null} when there is no {@code Project:} line (an empty tag is not written)
 * @param audience          {@code null} when there is no {@code Audience:} line (legacy files: {@code all})
 * @param categorization    {@code null} when the six categorization lines are absent
 * @param unrecognisedLines header lines the reader did not understand, kept verbatim (each reported); the
 *                          writer puts them after the known lines
 */
public record PrayerHeader(String id, String author, LocalDateTime submitted, String projectTag, String audience,
                           Categorization categorization, List<String> unrecognisedLines) {

    public PrayerHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        submitted = submitted == null ? null : ArchiveTime.toMinute(submitted);
        projectTag = projectTag == null || projectTag.isEmpty() ? null : projectTag;
        audience = audience == null || audience.isEmpty() ? null : audience;
        unrecognisedLines = List.copyOf(unrecognisedLines);
    }

    /** A header as the live app writes it: id, author and submission minute only. */
    public static PrayerHeader of(String id, String author, LocalDateTime submitted) {
        return new PrayerHeader(id, author, submitted, null, null, null, List.of());
    }

    public PrayerHeader withProjectTag(String tag) {
        return new PrayerHeader(id, author, submitted, tag, audience, categorization, unrecognisedLines);
    }

    public PrayerHeader withAudience(String value) {
        return new PrayerHeader(id, author, submitted, projectTag, value, categorization, unrecognisedLines);
    }

    public PrayerHeader withCategorization(Categorization value) {
        return new PrayerHeader(id, author, submitted, projectTag, audience, value, unrecognisedLines);
    }
}
