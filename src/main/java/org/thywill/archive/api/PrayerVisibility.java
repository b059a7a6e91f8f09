package org.thywill.archive.api;

import java.util.List;
import java.util.Locale;

import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerRow;

/**
 * Who may read a prayer's archive file (the original let any signed-in user read any, reference operations §9
 * item 22): its author and admins always; any other member only while the prayer is neither archived nor flagged.
 * <ul>
 *   <li>archived: the prayer has a {@code prayer_attributes} row named {@code archived} (the original sets it to
 *       {@code true} when a prayer is archived and deletes it when it is restored) whose value is not
 *       {@code false} (any case); a row with another or no value counts as archived, so doubt hides the prayer;</li>
 *   <li>flagged: the {@code prayer.flagged} column, or a legacy {@code flagged} attribute row read the same way.</li>
 * </ul>
 */
final class PrayerVisibility {

    private PrayerVisibility() {
    }

    static boolean hidden(PrayerRow prayer, List<PrayerAttributeRow> attributes) {
        return prayer.flagged() || set(attributes, "archived") || set(attributes, "flagged");
    }

    static boolean mayRead(Caller caller, PrayerRow prayer, List<PrayerAttributeRow> attributes) {
        return caller.admin() || caller.is(prayer.authorUsername()) || !hidden(prayer, attributes);
    }

    private static boolean set(List<PrayerAttributeRow> attributes, String name) {
        return attributes.stream().anyMatch(a -> a.attributeName().equals(name)
                && !"false".equals(a.attributeValue() == null ? null : a.attributeValue().strip().toLowerCase(Locale.ROOT)));
    }
}
