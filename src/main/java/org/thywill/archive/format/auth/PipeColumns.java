package org.thywill.archive.format.auth;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.PipeFile;

/** Splitting a data line into the columns a kind expects, with the reason when it does not fit. */
public final class PipeColumns {

    private PipeColumns() {
    }

    /** Exactly as many columns as {@code format} names (for kinds whose free-text columns get {@code |→_}). */
    public static List<String> exactly(String line, String format) throws UnreadableLineException {
        List<String> cols = PipeFile.columns(line);
        int expected = PipeFile.columns(format).size();
        if (cols.size() != expected) {
            throw wrongCount(expected, format, cols.size());
        }
        return cols;
    }

    /**
     * At least as many columns as {@code format} names; the last column takes the rest of the line, its
     * {@code |} included (for kinds whose last column is free text the original writes unescaped).
     */
    public static List<String> lastTakesRest(String line, String format) throws UnreadableLineException {
        List<String> cols = atLeast(line, format);
        int expected = PipeFile.columns(format).size();
        List<String> out = new ArrayList<>(cols.subList(0, expected - 1));
        out.add(String.join("|", cols.subList(expected - 1, cols.size())));
        return out;
    }

    /** Every column of the line, provided there are at least as many as {@code format} names. */
    public static List<String> atLeast(String line, String format) throws UnreadableLineException {
        List<String> cols = PipeFile.columns(line);
        int expected = PipeFile.columns(format).size();
        if (cols.size() < expected) {
            throw new UnreadableLineException("expected at least " + expected + " |-separated columns (" + format
                    + "), found " + cols.size());
        }
        return cols;
    }

    private static UnreadableLineException wrongCount(int expected, String format, int found) {
        return new UnreadableLineException("expected " + expected + " |-separated columns (" + format + "), found "
                + found);
    }
}
