package org.thywill.archive.heal;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/**
 * The keys heal compares files and rows by, at archive precision: the same keys as the importer's
 * {@code store/reconcile/Precision} (package-private there, so restated here): marks by (user, minute), logs by
 * (user, action, old, new, minute) with {@code answer_date} values cut to the minute.
 */
final class HealKeys {

    static final String ANSWER_DATE = "answer_date";

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
        if (action.startsWith("set_")) {
            return action.substring(4);
        }
        if (action.startsWith("remove_")) {
            return action.substring(7);
        }
        return action;
    }

    /** {@code answer_date} values compare at the minute; every other value exactly. */
    static String value(String name, String value) {
        if (value == null || !ANSWER_DATE.equals(name)) {
            return value;
        }
        return ArchiveTime.parseIsoLocal(value).map(t -> ArchiveTime.iso(ArchiveTime.toMinute(t))).orElse(value);
    }

    static boolean sameValue(String name, String a, String b) {
        return Objects.equals(value(name, a), value(name, b));
    }
}
