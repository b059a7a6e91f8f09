package org.thywill.archive.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.DateTimeText;

/**
 * The original's DATETIME columns as text: SQLAlchemy's SQLite storage format,
 * {@code YYYY-MM-DD HH:MM:SS.ffffff}, naive, always with six fraction digits.
 *
 * <p>Unlike Python's {@code str(datetime)} (see {@link ArchiveTime#str}), SQLAlchemy does not drop a zero
 * fraction: its SQLite {@code DATETIME} binds {@code %(second)02d.%(microsecond)06d}, so a whole-second value is
 * stored as {@code 2024-06-05 09:07:00.000000}. Every datetime in the sample databases has the 26-character
 * shape, and {@code format(parse(text))} reproduces each of them exactly. SQLAlchemy reads with
 * {@code datetime.fromisoformat}, so {@link #parse} accepts what that accepts from a DB: a space or {@code T},
 * seconds, and an optional fraction. A value stored in another shape parses but would not format back to the
 * same text; the store never rewrites a datetime column it was not asked to change.
 */
public final class SqlTime {

    private static final DateTimeFormatter STORAGE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

    private SqlTime() {
    }

    /** {@code 2024-06-05 09:07:33.123456}; sub-microsecond digits are dropped, as Python has none. */
    public static String format(LocalDateTime t) {
        String text = DateTimeText.of(t, ' ', true);
        return text != null ? text : STORAGE.format(t);
    }

    /** The stored text as a naive value; {@link IllegalArgumentException} naming the text when it is not one. */
    public static LocalDateTime parse(String text) {
        return ArchiveTime.parseIsoLocal(text)
                .orElseThrow(() -> new IllegalArgumentException("not a DATETIME text: '" + text + "'"));
    }

    /** {@link #format}, or {@code null} for {@code null}. */
    public static String formatNullable(LocalDateTime t) {
        return t == null ? null : format(t);
    }

    /** {@link #parse}, or {@code null} for {@code null}. */
    public static LocalDateTime parseNullable(String text) {
        return text == null ? null : parse(text);
    }
}
