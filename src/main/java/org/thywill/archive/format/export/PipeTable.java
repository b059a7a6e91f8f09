package org.thywill.archive.format.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code |}-separated archive file as read: its header lines exactly as written (title, the
 * {@code Format:} columns or {@code null}, the number of blank lines after them), its rows, and whether
 * it ends with a newline. Keeping the header verbatim makes a read/write round trip lossless even for a
 * header the reader did not expect; the per-kind {@code …Format} classes build canonical headers and
 * read typed values (month, export time) out of them.
 *
 * @param title           the first line, e.g. {@code Prayer Marks (exported July 16 2025 at 17:56)}
 * @param format          the text after {@code Format: } on the second line, or {@code null} if absent
 * @param blankLines      blank lines between the header and the first row (live files 1, export-all 2)
 * @param rows            the rows in file order
 * @param endsWithNewline whether the file ends with {@code \n} (live files do, export-all files do not)
 */
public record PipeTable<R>(String title, String format, int blankLines, List<Row<R>> rows,
                           boolean endsWithNewline) {

    public PipeTable {
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
    }

    /** The 1-based line number of {@code rows().get(0)}: after the title, the Format line and the blank lines. */
    public int firstRowLine() {
        return 2 + (format == null ? 0 : 1) + blankLines;
    }

    /** The records of the rows that were understood, in file order. */
    public List<R> records() {
        List<R> out = new ArrayList<>(rows.size());
        for (Row<R> row : rows) {
            if (row instanceof Row.Data<R> data) {
                out.add(data.value());
            }
        }
        return out;
    }

    /** The rows that were not understood, verbatim, in file order. */
    public List<String> unrecognised() {
        List<String> out = new ArrayList<>();
        for (Row<R> row : rows) {
            if (row instanceof Row.Unrecognised<R> u) {
                out.add(u.text());
            }
        }
        return out;
    }

    /** Data rows for {@code records}, in order. */
    public static <R> List<Row<R>> dataRows(List<R> records) {
        List<Row<R>> out = new ArrayList<>(records.size());
        for (R r : records) {
            out.add(Row.of(r));
        }
        return out;
    }
}
