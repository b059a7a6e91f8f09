package org.thywill.archive.format.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thywill.archive.format.PipeFile;

/**
 * Splits a row into its known columns. The original's importers split on every {@code |}, so an
 * escaped {@code \|} or a raw {@code |} inside a free-text column shifted every later column (reference
 * §7 B34). Here the row is split on every {@code |} into pieces, and when there are more pieces than
 * columns the pieces are assigned by the layout: a {@link Column.Kind#PLAIN} column takes one piece, an
 * {@link Column.Kind#ESCAPED} column joins pieces only across a {@code \|}, and a
 * {@link Column.Kind#FREE} column takes what is left. When several assignments fit, the earliest
 * multi-piece column takes as many pieces as it can.
 *
 * <p>Limit: in a row that needs this, a value that ends in {@code \} just before a separator cannot be
 * told apart from an escaped {@code |}; the format cannot carry such a value unambiguously.
 */
public final class RowLayout {

    private final List<Column> columns;

    private RowLayout(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static RowLayout of(Column... columns) {
        return new RowLayout(Arrays.asList(columns));
    }

    public int size() {
        return columns.size();
    }

    /**
     * The columns of {@code row}, {@code \|} decoded in escaped columns.
     *
     * @throws BadRowException if the row cannot hold this layout's columns
     */
    public List<String> split(String row) {
        List<String> pieces = PipeFile.columns(row);
        int n = columns.size();
        if (pieces.size() == n) {
            List<String> out = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                String p = pieces.get(c);
                out.add(columns.get(c).kind() == Column.Kind.ESCAPED ? Escapes.unescapeBar(p) : p);
            }
            return out;
        }
        if (pieces.size() > n) {
            String[] out = new String[n];
            if (assign(pieces, 0, 0, out)) {
                return Arrays.asList(out);
            }
        }
        throw new BadRowException("expected " + n + " columns, found " + pieces.size());
    }

    private boolean assign(List<String> pieces, int column, int piece, String[] out) {
        int n = columns.size();
        if (column == n) {
            return piece == pieces.size();
        }
        Column col = columns.get(column);
        int maxSpan = pieces.size() - piece - (n - column - 1);
        if (maxSpan < 1) {
            return false;
        }
        int largest = col.kind() == Column.Kind.PLAIN ? 1 : maxSpan;
        for (int span = largest; span >= 1; span--) {
            if (col.kind() == Column.Kind.ESCAPED && !joinsAcrossEscapes(pieces, piece, span)) {
                continue;
            }
            String raw = String.join("|", pieces.subList(piece, piece + span));
            String text = col.kind() == Column.Kind.ESCAPED ? Escapes.unescapeBar(raw) : raw;
            if (!col.fits().test(text)) {
                continue;
            }
            out[column] = text;
            if (assign(pieces, column + 1, piece + span, out)) {
                return true;
            }
        }
        return false;
    }

    /** Whether pieces {@code from..from+span-1} were one value whose {@code |} were written {@code \|}. */
    private static boolean joinsAcrossEscapes(List<String> pieces, int from, int span) {
        for (int i = from; i < from + span - 1; i++) {
            if (!pieces.get(i).endsWith("\\")) {
                return false;
            }
        }
        return true;
    }
}
