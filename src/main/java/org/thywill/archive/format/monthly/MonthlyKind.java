package org.thywill.archive.format.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.PipeFile;

/**
 * What the three monthly pipe kinds share: the {@code <Title> for <Month YYYY>} / {@code Format: …} /
 * blank header (kept through {@link PipeFile}), and reading, writing and checking rows. Each kind says
 * how one record becomes a row and back.
 */
abstract class MonthlyKind<T> {

    private final String titlePrefix;
    private final String format;

    MonthlyKind(String title, String format) {
        this.titlePrefix = title + " for ";
        this.format = format;
    }

    /** The row for {@code record}, unchecked. */
    abstract String render(T record);

    /** The record a row's {@code |}-split columns mean, or why they mean none. */
    abstract RowParse<T> parse(List<String> columns);

    /** {@code record} as a row keeps it: timestamp truncated to the minute. */
    abstract T atMinute(T record);

    record RowParse<T>(T record, String problem) {
        static <T> RowParse<T> of(T record) {
            return new RowParse<>(record, null);
        }

        static <T> RowParse<T> problem(String problem) {
            return new RowParse<>(null, problem);
        }
    }

    String title(YearMonth month) {
        return titlePrefix + ArchiveTime.monthYear(month);
    }

    MonthlyFile<T> file(YearMonth month, List<T> records) {
        List<MonthlyLine<T>> lines = new ArrayList<>(records.size());
        for (T r : records) {
            lines.add(row(r));
        }
        return new MonthlyFile<>(title(month), format, 1, lines, true);
    }

    /** The row line for {@code record}; refuses a record whose row would not read back as it. */
    MonthlyLine.Row<T> row(T record) {
        T atMinute = atMinute(record);
        String text = render(atMinute);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a line break cannot be carried in a monthly pipe row: " + record);
        }
        T readBack = parse(PipeFile.columns(text)).record();
        if (!atMinute.equals(readBack)) {
            throw new IllegalArgumentException(record + " cannot be written losslessly: its row '" + text
                    + "' reads back as " + readBack);
        }
        return new MonthlyLine.Row<>(atMinute, text);
    }

    String write(MonthlyFile<T> file) {
        List<String> rows = file.lines().stream().map(MonthlyLine::text).toList();
        return new PipeFile(file.title(), file.format(), file.blankLines(), rows, 1, file.endsWithNewline()).write();
    }

    Parsed<MonthlyFile<T>> read(String text) {
        Parsed<PipeFile> layout = PipeFile.read(text);
        PipeFile pipe = layout.value();
        List<Diagnostic> diagnostics = new ArrayList<>(layout.diagnostics());
        if (layout.isClean()) {
            checkHeader(pipe, diagnostics);
        }
        List<MonthlyLine<T>> lines = new ArrayList<>(pipe.rows().size());
        for (int i = 0; i < pipe.rows().size(); i++) {
            lines.add(readRow(pipe.rows().get(i), pipe.lineOf(i), diagnostics));
        }
        int lineCount = pipe.firstRowLine() - 1 + pipe.rows().size();
        if (!text.isEmpty() && !pipe.endsWithNewline()) {
            diagnostics.add(Diagnostic.atLine(lineCount, "no newline at end of file: the last line may be truncated"));
        }
        MonthlyFile<T> file = new MonthlyFile<>(pipe.title(), pipe.format(), pipe.blankLines(), lines,
                pipe.endsWithNewline());
        return new Parsed<>(file, diagnostics);
    }

    private void checkHeader(PipeFile pipe, List<Diagnostic> diagnostics) {
        String title = pipe.title();
        if (!title.startsWith(titlePrefix)) {
            diagnostics.add(Diagnostic.atLine(1, "missing header: expected '" + titlePrefix + "<Month YYYY>'"));
        } else {
            String month = title.substring(titlePrefix.length());
            if (ArchiveTime.parseMonthYear(month).isEmpty()) {
                diagnostics.add(Diagnostic.atLine(1, "header month '" + month + "' is not a '<Month YYYY>'"));
            }
        }
        if (pipe.format() == null) {
            diagnostics.add(Diagnostic.atLine(2, "missing '" + PipeFile.FORMAT_PREFIX + format + "' line"));
        } else if (!pipe.format().equals(format)) {
            diagnostics.add(Diagnostic.atLine(2, "unexpected format '" + pipe.format() + "': expected '" + format
                    + "' (the columns may mean something else)"));
        }
    }

    private MonthlyLine<T> readRow(String row, int number, List<Diagnostic> diagnostics) {
        if (row.indexOf('\r') >= 0) {
            diagnostics.add(Diagnostic.atLine(number, "carriage return in line (CRLF line endings?); line kept unread"));
            return new MonthlyLine.Unrecognised<>(row);
        }
        if (row.isEmpty()) {
            return new MonthlyLine.Blank<>();
        }
        RowParse<T> parse = parse(PipeFile.columns(row));
        if (parse.record() == null) {
            diagnostics.add(Diagnostic.atLine(number, parse.problem()));
            return new MonthlyLine.Unrecognised<>(row);
        }
        return new MonthlyLine.Row<>(parse.record(), row);
    }

    static String unparsableTimestamp(String column) {
        return "unparsable timestamp '" + column + "' (expected '<Month DD YYYY> at <HH:MM>')";
    }
}
