package org.thywill.archive.heal;

import java.time.LocalDateTime;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.store.reconcile.Precision;

/**
 * The keys heal compares one prayer's file and rows by, at archive precision ({@link Precision}, the importer's
 * rules): marks by (user, minute), logs by (user, action, old, new, minute) with {@code answer_date} values cut to
 * the minute.
 */
final class HealKeys {

    static final String ANSWER_DATE = Precision.ANSWER_DATE;

    private HealKeys() {
    }

    record MarkKey(String user, LocalDateTime minute) {
        static MarkKey of(String user, LocalDateTime at) {
            return new MarkKey(user, ArchiveTime.toMinute(at));
        }
    }

    record LogKey(String user, String action, String oldValue, String newValue, LocalDateTime minute) {
        static LogKey of(String user, String action, String oldValue, String newValue, LocalDateTime at) {
            String attribute = attributeOf(action);
            return new LogKey(user, action, value(attribute, oldValue), value(attribute, newValue),
                    ArchiveTime.toMinute(at));
        }
    }

    static String attributeOf(String action) {
        return Precision.attributeOf(action);
    }

    /** {@code answer_date} values compare at the minute; every other value exactly. */
    static String value(String name, String value) {
        return Precision.value(name, value);
    }

    static boolean sameValue(String name, String a, String b) {
        return Precision.sameValue(name, a, b);
    }
}
