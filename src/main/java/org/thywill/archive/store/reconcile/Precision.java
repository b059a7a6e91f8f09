package org.thywill.archive.store.reconcile;

import java.time.LocalDateTime;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.store.SqlTime;

/**
 * Archive precision (PRODUCT.md): archive timestamps carry minutes, so two records are the same when their kind,
 * natural key and minute agree. Values compare exactly, except {@code answer_date}, an ISO date-time that the
 * live app stores with seconds and microseconds and an archive line only at the minute: it compares at the minute.
 * The importer's reconcilers and heal compare by these same rules.
 */
public final class Precision {

    public static final String ANSWER_DATE = "answer_date";

    private Precision() {
    }

    public static LocalDateTime minute(LocalDateTime t) {
        return ArchiveTime.toMinute(t);
    }

    /**
     * The minute of a stored DATETIME text ({@code 2024-06-05 09:07:33.123456}): read from its first 16
     * characters when it has the storage shape (the hot path: every row of a prayer is read per file), else
     * through {@link SqlTime#parse}.
     */
    static LocalDateTime storedMinute(String stored) {
        if (stored.length() >= 16 && stored.charAt(4) == '-' && stored.charAt(7) == '-'
                && (stored.charAt(10) == ' ' || stored.charAt(10) == 'T') && stored.charAt(13) == ':') {
            try {
                return LocalDateTime.of(Integer.parseInt(stored, 0, 4, 10), Integer.parseInt(stored, 5, 7, 10),
                        Integer.parseInt(stored, 8, 10, 10), Integer.parseInt(stored, 11, 13, 10),
                        Integer.parseInt(stored, 14, 16, 10));
            } catch (RuntimeException e) {
                // not a date after all: the general parser says why
            }
        }
        return minute(SqlTime.parse(stored));
    }

    /** The attribute a log action is about: {@code set_answer_date} → {@code answer_date}; others unchanged. */
    public static String attributeOf(String action) {
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
    public static String value(String name, String value) {
        if (value == null || !ANSWER_DATE.equals(name)) {
            return value;
        }
        if (value.length() >= 19 && isoShaped(value)) {
            return value.substring(0, 10) + 'T' + value.substring(11, 16) + ":00"; // the hot path, no parsing
        }
        return ArchiveTime.parseIsoLocal(value).map(t -> ArchiveTime.iso(minute(t))).orElse(value);
    }

    /** {@code YYYY-MM-DD[T ]HH:MM:SS} followed by nothing or a fraction: digits where digits belong. */
    private static boolean isoShaped(String v) {
        for (int i = 0; i < 19; i++) {
            char ch = v.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> ch == '-';
                case 10 -> ch == 'T' || ch == ' ';
                case 13, 16 -> ch == ':';
                default -> ch >= '0' && ch <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return v.length() == 19 || v.charAt(19) == '.' && v.length() > 20
                && v.chars().skip(20).allMatch(ch -> ch >= '0' && ch <= '9');
    }

    public static boolean sameValue(String name, String a, String b) {
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
