package org.thywill.archive.format.export;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.thywill.archive.format.ArchiveKind;

/**
 * One export-all dump file (reference §2.6): its title, its {@code Format:} columns and its row format.
 * Every dump has the layout {@code <Title> (exported <TS>)} / {@code Format: …} / two blank lines / rows,
 * with no newline after the last row. Monthly dumps ({@code security/YYYY_MM_security_events.txt}) have
 * the title {@code <title> <MONYEAR>}.
 *
 * @param kind    the archive kind
 * @param title   the title before {@code  (exported …)}; for monthly dumps, the part before the month
 * @param monthly whether the title carries a month
 * @param format  the columns after {@code Format: }
 * @param codec   the row format
 * @param rows    how rows are read (one per line, except the changelog's multi-line rows)
 */
public record ExportDumpKind<R>(ArchiveKind kind, String title, boolean monthly, String format, RowCodec<R> codec,
                                RowsReader<R> rows) {

    public ExportDumpKind {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(rows, "rows");
    }

    public TableHeader header() {
        return monthly ? TableHeader.exportedMonthly(title, format) : TableHeader.exported(title, format);
    }

    /** A dump of {@code records} as export-all writes it at {@code exportedAt}. */
    public PipeTable<R> dump(LocalDateTime exportedAt, List<R> records) {
        if (monthly) {
            throw new IllegalStateException(title + " dumps are monthly: give the month");
        }
        return table(title, exportedAt, records);
    }

    /** A monthly dump of {@code records} for {@code month}, as export-all writes it at {@code exportedAt}. */
    public PipeTable<R> dump(YearMonth month, LocalDateTime exportedAt, List<R> records) {
        if (!monthly) {
            throw new IllegalStateException(title + " dumps are not monthly");
        }
        return table(TableHeader.monthlyTitle(title, month), exportedAt, records);
    }

    private PipeTable<R> table(String fullTitle, LocalDateTime exportedAt, List<R> records) {
        return new PipeTable<>(TableHeader.exportedTitle(fullTitle, exportedAt), format, 2,
                PipeTable.dataRows(records), false);
    }

    /** The export time in the dump's title. */
    public static Optional<LocalDateTime> exportedAt(PipeTable<?> dump) {
        return TableHeader.exportedAt(dump.title());
    }

    /** The month of a monthly dump's title. */
    public Optional<YearMonth> month(PipeTable<?> dump) {
        return monthly ? TableHeader.month(dump.title(), title) : Optional.empty();
    }

    public ExportDumpReader<R> reader() {
        return new ExportDumpReader<>(this);
    }

    public ExportDumpWriter<R> writer() {
        return new ExportDumpWriter<>(this);
    }
}
