package org.thywill.archive.recovery;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.store.reconcile.Precision;

/**
 * One column of a {@link CarriedKind} and how its value is compared at archive precision (PRODUCT.md): as stored,
 * cut to the minute, cut to the day, or as an attribute value ({@code answer_date} values compare at the minute,
 * {@link Precision#value}) whose attribute another column of the row names.
 *
 * @param name      the column, as the original's schema names it
 * @param precision how its value is compared
 * @param namedBy   for {@link Kind#ATTRIBUTE_VALUE}: the index of the column naming the attribute (an attribute
 *                  name, or a log action such as {@code set_answer_date}); else -1
 */
public record PreciseColumn(String name, Kind precision, int namedBy) {

    /** How a value is compared. */
    public enum Kind { EXACT, MINUTE, DAY, ATTRIBUTE_VALUE }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    public static PreciseColumn exact(String name) {
        return new PreciseColumn(name, Kind.EXACT, -1);
    }

    public static PreciseColumn minute(String name) {
        return new PreciseColumn(name, Kind.MINUTE, -1);
    }

    public static PreciseColumn day(String name) {
        return new PreciseColumn(name, Kind.DAY, -1);
    }

    /** A value of the attribute named by column {@code namedBy} (an attribute name or a log action). */
    public static PreciseColumn attributeValue(String name, int namedBy) {
        return new PreciseColumn(name, Kind.ATTRIBUTE_VALUE, namedBy);
    }

    /**
     * {@code stored} as compared: a date-time cut to {@code yyyy-MM-dd HH:mm} (or to the date), an attribute value
     * through {@link Precision#value}. A value that does not read as what the column should hold is kept as it is,
     * so that it still compares (and differs) visibly.
     *
     * @param row the row's stored values, for the column that names the attribute
     */
    String normalise(String stored, List<String> row) {
        if (stored == null) {
            return null;
        }
        return switch (precision) {
            case EXACT -> stored;
            case MINUTE -> ArchiveTime.parseIsoLocal(stored).map(t -> MINUTE.format(Precision.minute(t))).orElse(stored);
            case DAY -> ArchiveTime.parseIsoLocal(stored).map(LocalDateTime::toLocalDate).map(Object::toString)
                    .orElse(stored);
            case ATTRIBUTE_VALUE -> {
                String namer = row.get(namedBy);
                yield namer == null ? stored : Precision.value(Precision.attributeOf(namer), stored);
            }
        };
    }
}
