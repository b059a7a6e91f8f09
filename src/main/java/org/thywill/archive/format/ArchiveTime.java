package org.thywill.archive.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Every timestamp shape the original writes (reference §0), formatted exactly as Python's strftime /
 * isoformat / str() would, and parsed leniently (unpadded day and hour, optional seconds, any case).
 * All values are naive: the archives carry no zone, and neither do we.
 */
public final class ArchiveTime {

    /** {@code TS}: {@code June 05 2024 at 09:07}. */
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("MMMM dd yyyy 'at' HH:mm", Locale.ENGLISH);
    /** {@code DAY}: {@code June 05 2024}. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM dd yyyy", Locale.ENGLISH);
    /** {@code MONYEAR}: {@code June 2024}. */
    private static final DateTimeFormatter MONYEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** {@code HM}: {@code 09:07}. */
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** {@code TS_C}: {@code June 05, 2024 at 09:07} (snapshot headers only). */
    private static final DateTimeFormatter TS_C = DateTimeFormatter.ofPattern("MMMM dd, yyyy 'at' HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter TS_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[MMMM][MMM] d[,] uuuu 'at' H:mm[:ss]")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);
    private static final DateTimeFormatter DAY_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[MMMM][MMM] d uuuu")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);
    private static final DateTimeFormatter MONYEAR_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[MMMM][MMM] uuuu")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);
    private static final DateTimeFormatter HM_LENIENT = DateTimeFormatter.ofPattern("H:mm", Locale.ENGLISH);

    /** Python {@code isoformat()} / {@code str()}: the date, a separator, the time, and {@code .ffffff} only when non-zero. */
    private static final DateTimeFormatter ISO_LOCAL_LENIENT = new DateTimeFormatterBuilder()
            .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private ArchiveTime() {
    }

    // ---- writing ------------------------------------------------------------------------------

    public static String ts(LocalDateTime t) {
        return TS.format(t);
    }

    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    public static String monthYear(YearMonth m) {
        return MONYEAR.format(m);
    }

    public static String hm(LocalTime t) {
        return HM.format(t);
    }

    public static String tsComma(LocalDateTime t) {
        return TS_C.format(t);
    }

    /** Python {@code datetime.isoformat()} of a naive value: {@code 2025-07-06T12:07:33.123456}, no fraction when zero. */
    public static String iso(LocalDateTime t) {
        return pythonDateTime(t, 'T');
    }

    /** Python {@code datetime.isoformat()} of an aware value: as {@link #iso(LocalDateTime)} plus {@code +00:00}. */
    public static String iso(OffsetDateTime t) {
        String offset = t.getOffset().getTotalSeconds() == 0 ? "+00:00" : t.getOffset().getId();
        return pythonDateTime(t.toLocalDateTime(), 'T') + offset;
    }

    /** Python {@code str(datetime)}: {@code 2025-07-06 12:07:33.123456}, no fraction when zero. */
    public static String str(LocalDateTime t) {
        return pythonDateTime(t, ' ');
    }

    private static String pythonDateTime(LocalDateTime t, char separator) {
        String text = DateTimeText.of(t, separator, false);
        if (text != null) {
            return text;
        }
        StringBuilder sb = new StringBuilder(26);
        sb.append(DateTimeFormatter.ISO_LOCAL_DATE.format(t.toLocalDate())).append(separator);
        sb.append(String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            sb.append('.').append(String.format(Locale.ROOT, "%06d", micros));
        }
        return sb.toString();
    }

    // ---- reading ------------------------------------------------------------------------------

    /** {@code TS}, leniently: {@code June 5 2024 at 9:07}, {@code Jun 05 2024 at 09:07:33}, any case. */
    public static Optional<LocalDateTime> parseTs(String s) {
        String t = s.strip();
        LocalDateTime fast = FastTime.ts(t);
        return fast != null ? Optional.of(fast) : lenientTs(t);
    }

    /** What {@link #parseTs} accepts, by the formatter alone. */
    static Optional<LocalDateTime> lenientTs(String t) {
        return parse(t, TS_LENIENT, LocalDateTime::from);
    }

    public static Optional<LocalDate> parseDay(String s) {
        return parse(s.strip(), DAY_LENIENT, LocalDate::from);
    }

    public static Optional<YearMonth> parseMonthYear(String s) {
        return parse(s.strip(), MONYEAR_LENIENT, YearMonth::from);
    }

    public static Optional<LocalTime> parseHm(String s) {
        String t = s.strip();
        LocalTime fast = FastTime.hm(t);
        return fast != null ? Optional.of(fast) : lenientHm(t);
    }

    /** What {@link #parseHm} accepts, by the formatter alone. */
    static Optional<LocalTime> lenientHm(String t) {
        return parse(t, HM_LENIENT, LocalTime::from);
    }

    /** ISO or Python {@code str()} date-times without an offset, with or without seconds and fraction. */
    public static Optional<LocalDateTime> parseIsoLocal(String s) {
        String t = s.strip();
        LocalDateTime fast = FastTime.isoLocal(t);
        return fast != null ? Optional.of(fast) : lenientIsoLocal(t);
    }

    /** What {@link #parseIsoLocal} accepts, by the formatter alone. */
    static Optional<LocalDateTime> lenientIsoLocal(String t) {
        return parse(t, ISO_LOCAL_LENIENT, LocalDateTime::from);
    }

    /** ISO date-times with an offset ({@code +00:00}, or {@code Z}). */
    public static Optional<OffsetDateTime> parseIsoOffset(String s) {
        try {
            return Optional.of(OffsetDateTime.parse(s.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The value at archive precision: seconds and below dropped. */
    public static LocalDateTime toMinute(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The text parsed and resolved to a {@code T}; empty also when the fields parsed do not make one. */
    private static <T> Optional<T> parse(String s, DateTimeFormatter f, java.time.temporal.TemporalQuery<T> query) {
        try {
            return Optional.of(f.parse(s, query));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
