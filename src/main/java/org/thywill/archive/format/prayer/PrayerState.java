package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;

/**
 * A prayer's status after its whole activity history: what the {@code answered}, {@code answer_date},
 * {@code answer_testimony}, {@code archived}, {@code flagged} and {@code daily_priority} attributes (and the
 * {@code flagged} column) should say.
 *
 * @param answeredAt    when it was answered: the minute of the answered line, or the exact
 *                      {@code answer_date} value a heal line carries; {@code null} if unknown
 * @param testimony     the latest testimony text, or {@code null}
 * @param dailyPriority the {@code daily_priority} value as written, or {@code null}
 */
public record PrayerState(boolean answered, LocalDateTime answeredAt, String testimony, boolean archived,
                          boolean flagged, String dailyPriority) {

    /** A new prayer: nothing set. */
    public static final PrayerState INITIAL = new PrayerState(false, null, null, false, false, null);
}
