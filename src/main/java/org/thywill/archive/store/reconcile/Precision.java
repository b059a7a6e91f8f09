package org.thywill.archive.store.reconcile;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;

/**
 * Archive precision (PRODUCT.md): archive timestamps carry minutes, so two records are the same when their kind,
 * natural key and minute agree. Values compare exactly, except {@code answer_date}, an ISO date-time that the
 * live app stores with seconds and microseconds and an archive line only at the minute: it compares at the minute.
 */
final class Precision {

    static final String ANSWER_DATE = "answer_date";

    private Precision() {
    }

    static LocalDateTime minute(LocalDateTime t) {
        return ArchiveTime.toMinute(t);
    }

    /** The attribute a log action is about: {@code set_answer_date} → {@code answer_date}; others unchanged. */
    static String attributeOf(String action) {
        if (action.startsWith("set_")) {
            return action.substring(4);
        }
        if (action.startsWith("remove_")) {
            return action.substring(7);
        }
        return action;
    }

    /**
     * A value of attribute {@code name} as compared at archive precision: an {@code answer_date} that reads as an
     * ISO date-time becomes the ISO text of its minute; anything else is kept as it is.
     */
    static String value(String name, String value) {
        if (value == null || !ANSWER_DATE.equals(name)) {
            return value;
        }
        return ArchiveTime.parseIsoLocal(value).map(t -> ArchiveTime.iso(minute(t))).orElse(value);
    }

    static boolean sameValue(String name, String a, String b) {
        return Objects.equals(value(name, a), value(name, b));
    }

    /** A mark at archive precision. */
    record MarkKey(String prayerId, String user, LocalDateTime minute) {
        static MarkKey of(String prayerId, String user, LocalDateTime at) {
            return new MarkKey(prayerId, user, Precision.minute(at));
        }
    }

    /** An activity log row at archive precision: its values normalised by {@link #value} for its attribute. */
    record LogKey(String prayerId, String user, String action, String oldValue, String newValue,
                  LocalDateTime minute) {
        static LogKey of(String prayerId, String user, String action, String oldValue, String newValue,
                         LocalDateTime at) {
            String attribute = attributeOf(action);
            return new LogKey(prayerId, user, action, value(attribute, oldValue), value(attribute, newValue),
                    Precision.minute(at));
        }
    }
}
