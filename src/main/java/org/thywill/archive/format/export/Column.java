package org.thywill.archive.format.export;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One column of a row layout: its name (for diagnostics), how it may hold {@code |} characters, and
 * optionally a test its text must pass when a row holds more {@code |} than columns and the reader
 * has to decide which column the extra ones belong to.
 *
 * @param name the column name, as in the file's {@code Format:} line
 * @param kind how the column may contain {@code |}
 * @param fits a test on the (decoded) text, used only to choose between possible splits
 */
public record Column(String name, Kind kind, Predicate<String> fits) {

    /** How a column may contain {@code |}. */
    public enum Kind {
        /** Never contains {@code |}: exactly one {@code |}-separated piece. */
        PLAIN,
        /** Written with every {@code |} as {@code \|}: pieces joined where the previous piece ends in {@code \}. */
        ESCAPED,
        /** Written raw, {@code |} and all: the column takes whatever pieces the other columns leave. */
        FREE
    }

    /** The test of a column that takes any text. */
    public static final Predicate<String> ANY_TEXT = s -> true;

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fits, "fits");
    }

    public static Column plain(String name) {
        return new Column(name, Kind.PLAIN, ANY_TEXT);
    }

    public static Column escaped(String name) {
        return new Column(name, Kind.ESCAPED, ANY_TEXT);
    }

    public static Column free(String name) {
        return new Column(name, Kind.FREE, ANY_TEXT);
    }

    /** A {@link Kind#FREE} column whose text must pass {@code fits} when the split is ambiguous. */
    public static Column free(String name, Predicate<String> fits) {
        return new Column(name, Kind.FREE, fits);
    }
}
