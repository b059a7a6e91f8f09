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
            int[] spans = new int[n];
            if (new Assignment(pieces).assign(0, 0, spans)) {
                List<String> out = new ArrayList<>(n);
                int piece = 0;
                for (int c = 0; c < n; c++) {
                    out.add(text(c, pieces, piece, spans[c]));
                    piece += spans[c];
                }
                return out;
            }
        }
        throw new BadRowException("expected " + n + " columns, found " + pieces.size());
    }

    private String text(int column, List<String> pieces, int from, int span) {
        String raw = String.join("|", pieces.subList(from, from + span));
        return columns.get(column).kind() == Column.Kind.ESCAPED ? Escapes.unescapeBar(raw) : raw;
    }

    /**
     * A search for how many pieces each column takes. A column followed only by plain columns has its
     * count forced, so with at most two multi-piece columns (every layout here) the search tries each
     * count of the first one once, and a hostile row of many {@code |} cannot make it blow up.
     */
    private final class Assignment {

        private final List<String> pieces;
        /** {@code plainEnds[i]}: how many of pieces {@code 0..i-1} do not end in {@code \}. */
        private final int[] plainEnds;

        Assignment(List<String> pieces) {
            this.pieces = pieces;
            this.plainEnds = new int[pieces.size() + 1];
            for (int i = 0; i < pieces.size(); i++) {
                plainEnds[i + 1] = plainEnds[i] + (pieces.get(i).endsWith("\\") ? 0 : 1);
            }
        }

        boolean assign(int column, int piece, int[] spans) {
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
            int smallest = onlyPlainAfter(column) ? maxSpan : 1;
            for (int span = largest; span >= smallest; span--) {
                if (col.kind() == Column.Kind.ESCAPED && !joinsAcrossEscapes(piece, span)) {
                    continue;
                }
                if (col.fits() != Column.ANY_TEXT && !col.fits().test(text(column, pieces, piece, span))) {
                    continue;
                }
                spans[column] = span;
                if (assign(column + 1, piece + span, spans)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether pieces {@code from..from+span-1} were one value whose {@code |} were written {@code \|}. */
        private boolean joinsAcrossEscapes(int from, int span) {
            return plainEnds[from + span - 1] - plainEnds[from] == 0;
        }
    }

    private boolean onlyPlainAfter(int column) {
        for (int c = column + 1; c < columns.size(); c++) {
            if (columns.get(c).kind() != Column.Kind.PLAIN) {
                return false;
            }
        }
        return true;
    }
}
