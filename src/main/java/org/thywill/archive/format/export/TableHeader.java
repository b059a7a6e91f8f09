package org.thywill.archive.format.export;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;

/**
 * The header a table kind expects: the shape of its title line and its exact {@code Format:} columns.
 * It checks a file's header (reporting a missing or different title or Format line), builds canonical
 * titles for writers, and reads the typed values titles carry (month, export or update time).
 *
 * @param shape       the title as a reader sees it, e.g. {@code Prayer Marks (exported <TS>)}
 * @param titleFits   whether a title line has that shape
 * @param format      the expected text after {@code Format: }, or {@code null} for none
 */
public record TableHeader(String shape, Predicate<String> titleFits, String format) {

    private static final Pattern EXPORTED = Pattern.compile("(.*) \\(exported (.+)\\)");
    private static final String UPDATED = " - Updated ";

    public TableHeader {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(titleFits, "titleFits");
    }

    /** {@code <title> (exported <TS>)}, an export-all dump. */
    public static TableHeader exported(String title, String format) {
        return new TableHeader(title + " (exported <TS>)",
                t -> exportedTitle(t).filter(title::equals).isPresent() && exportedAt(t).isPresent(), format);
    }

    /** {@code <prefix> <MONYEAR> (exported <TS>)}, a monthly export-all dump (or a live sessions file). */
    public static TableHeader exportedMonthly(String prefix, String format) {
        return new TableHeader(prefix + " <MONYEAR> (exported <TS>)",
                t -> exportedTitle(t).flatMap(x -> monthAfter(x, prefix)).isPresent() && exportedAt(t).isPresent(),
                format);
    }

    /** {@code <prefix> <MONYEAR>}, a live monthly file. */
    public static TableHeader monthly(String prefix, String format) {
        return new TableHeader(prefix + " <MONYEAR>", t -> monthAfter(t, prefix).isPresent(), format);
    }

    /** {@code <prefix> - Updated <TS_C>}, a rewritten snapshot. */
    public static TableHeader updated(String prefix, String format) {
        return new TableHeader(prefix + UPDATED + "<TS_C>", t -> updatedAt(t, prefix).isPresent(), format);
    }

    /** A title that never changes. */
    public static TableHeader fixed(String title, String format) {
        return new TableHeader(title, title::equals, format);
    }

    /** Reports a title of another shape (line 1) and a missing or different Format line (line 2). */
    public void check(String title, String actualFormat, List<Diagnostic> out) {
        if (!titleFits.test(title)) {
            out.add(Diagnostic.atLine(1, "missing header: expected '" + shape + "', found '" + title + "'"));
        }
        if (format == null) {
            if (actualFormat != null) {
                out.add(Diagnostic.atLine(2, "unexpected Format line: this kind has none"));
            }
        } else if (actualFormat == null) {
            out.add(Diagnostic.atLine(2, "missing Format line: expected 'Format: " + format + "'"));
        } else if (!actualFormat.equals(format)) {
            out.add(Diagnostic.atLine(2, "unexpected Format line: expected 'Format: " + format
                    + "', found 'Format: " + actualFormat + "'"));
        }
    }

    // ---- building titles -----------------------------------------------------------------------

    public static String exportedTitle(String title, LocalDateTime exportedAt) {
        return title + " (exported " + ArchiveTime.ts(exportedAt) + ")";
    }

    public static String monthlyTitle(String prefix, YearMonth month) {
        return prefix + " " + ArchiveTime.monthYear(month);
    }

    public static String updatedTitle(String prefix, LocalDateTime updatedAt) {
        return prefix + UPDATED + ArchiveTime.tsComma(updatedAt);
    }

    // ---- reading titles ------------------------------------------------------------------------

    /** The time in {@code … (exported <TS>)}. */
    public static Optional<LocalDateTime> exportedAt(String titleLine) {
        Matcher m = EXPORTED.matcher(titleLine);
        return m.matches() ? ArchiveTime.parseTs(m.group(2)) : Optional.empty();
    }

    /** The title before {@code  (exported <TS>)}. */
    public static Optional<String> exportedTitle(String titleLine) {
        Matcher m = EXPORTED.matcher(titleLine);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The month in {@code <prefix> <MONYEAR>}, with or without a {@code (exported <TS>)} suffix. */
    public static Optional<YearMonth> month(String titleLine, String prefix) {
        String t = exportedTitle(titleLine).orElse(titleLine);
        return monthAfter(t, prefix);
    }

    /** The time in {@code <prefix> - Updated <TS_C>}. */
    public static Optional<LocalDateTime> updatedAt(String titleLine, String prefix) {
        String start = prefix + UPDATED;
        return titleLine.startsWith(start) ? ArchiveTime.parseTs(titleLine.substring(start.length()))
                : Optional.empty();
    }

    private static Optional<YearMonth> monthAfter(String title, String prefix) {
        String start = prefix + " ";
        return title.startsWith(start) ? ArchiveTime.parseMonthYear(title.substring(start.length()))
                : Optional.empty();
    }
}
