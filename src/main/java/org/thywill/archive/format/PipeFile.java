package org.thywill.archive.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape shared by every {@code |}-separated archive file: a title line, an optional
 * {@code Format: …} line, some blank lines, then rows. Live monthly files have one blank line and end
 * with a newline; export-all dump files have two blank lines and no final newline. This class keeps
 * the layout exactly, so that {@link #write()} gives back the bytes {@link #read(String)} was given;
 * kind-specific readers turn {@link #rows()} into records.
 *
 * @param title        the first line, e.g. {@code Prayer Marks for July 2025}
 * @param format       the column list after {@code Format: }, or {@code null} when the file has no such line
 * @param blankLines   how many blank lines stand between the header and the first row
 * @param rows         every line after those blank lines, in order, as written (blank ones included)
 * @param firstRowLine the 1-based line number of {@code rows.get(0)}, for diagnostics
 * @param endsWithNewline whether the file ends with {@code \n}
 */
public record PipeFile(String title, String format, int blankLines, List<String> rows, int firstRowLine,
                       boolean endsWithNewline) {

    public static final String FORMAT_PREFIX = "Format: ";

    public PipeFile {
        rows = List.copyOf(rows);
    }

    /** A new file in the live layout: title, format, one blank line, rows, final newline. */
    public static PipeFile live(String title, String format, List<String> rows) {
        return new PipeFile(title, format, 1, rows, format == null ? 3 : 4, true);
    }

    /** A new file in the export-all layout: title, format, two blank lines, rows, no final newline. */
    public static PipeFile export(String title, String format, List<String> rows) {
        return new PipeFile(title, format, 2, rows, format == null ? 4 : 5, false);
    }

    public static Parsed<PipeFile> read(String text) {
        TextLines t = TextLines.split(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (t.size() == 0) {
            diagnostics.add(Diagnostic.ofFile("empty file: no title line"));
            return new Parsed<>(new PipeFile("", null, 0, List.of(), 1, false), diagnostics);
        }
        String title = t.get(0);
        int i = 1;
        String format = null;
        if (i < t.size() && t.get(i).startsWith(FORMAT_PREFIX)) {
            format = t.get(i).substring(FORMAT_PREFIX.length());
            i++;
        }
        int blanks = 0;
        while (i < t.size() && t.get(i).isEmpty()) {
            blanks++;
            i++;
        }
        List<String> rows = new ArrayList<>(t.lines().subList(i, t.size()));
        return new Parsed<>(new PipeFile(title, format, blanks, rows, i + 1, t.endsWithNewline()), diagnostics);
    }

    public String write() {
        List<String> lines = new ArrayList<>(rows.size() + 4);
        lines.add(title);
        if (format != null) {
            lines.add(FORMAT_PREFIX + format);
        }
        for (int b = 0; b < blankLines; b++) {
            lines.add("");
        }
        lines.addAll(rows);
        return TextLines.join(lines, endsWithNewline);
    }

    /** The 1-based line number of row {@code index}. */
    public int lineOf(int index) {
        return firstRowLine + index;
    }

    /** Splits a row on every {@code |}, keeping empty columns (Python's {@code str.split('|')}). */
    public static List<String> columns(String row) {
        List<String> cols = new ArrayList<>();
        int start = 0;
        while (true) {
            int bar = row.indexOf('|', start);
            if (bar < 0) {
                cols.add(row.substring(start));
                return cols;
            }
            cols.add(row.substring(start, bar));
            start = bar + 1;
        }
    }

    /** Joins columns with {@code |}. */
    public static String row(String... columns) {
        return String.join("|", columns);
    }
}
