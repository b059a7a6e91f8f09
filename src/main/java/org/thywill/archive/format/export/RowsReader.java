package org.thywill.archive.format.export;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.Diagnostic;

/** Turns the lines below a table's header into rows, reporting what it cannot understand. */
@FunctionalInterface
public interface RowsReader<R> {

    /**
     * @param lines       the lines after the header's blank lines, as written
     * @param firstLine   the 1-based line number of {@code lines.get(0)}
     * @param diagnostics where to report
     */
    List<Row<R>> read(List<String> lines, int firstLine, List<Diagnostic> diagnostics);

    /** Each line is one row, parsed by {@code codec}; a line it rejects is kept and reported. */
    static <R> RowsReader<R> oneRowPerLine(RowCodec<R> codec) {
        return (lines, firstLine, diagnostics) -> {
            List<Row<R>> rows = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                rows.add(parse(codec, lines.get(i), firstLine + i, diagnostics));
            }
            return rows;
        };
    }

    /** The row {@code codec} reads in {@code text}, or the text kept as unrecognised with a diagnostic. */
    static <R> Row<R> parse(RowCodec<R> codec, String text, int line, List<Diagnostic> diagnostics) {
        try {
            return Row.of(codec.parse(text));
        } catch (BadRowException e) {
            diagnostics.add(Diagnostic.atLine(line, e.reason()));
            return Row.unrecognised(text);
        }
    }
}
