package org.thywill.archive.format.monthly;

import java.util.Objects;

/**
 * One row line of a monthly pipe file (the lines after the header): a {@link Row} with its record and
 * exact text (kept because timestamps are read leniently), a {@link Blank}, or an {@link Unrecognised}
 * line the reader reported and kept.
 *
 * @param <T> the record type of the file's kind
 */
public sealed interface MonthlyLine<T> {

    /** The line exactly as it stands in the file, without its {@code \n}. */
    String text();

    record Row<T>(T record, String text) implements MonthlyLine<T> {
        public Row {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(text, "text");
        }
    }

    record Blank<T>() implements MonthlyLine<T> {
        @Override
        public String text() {
            return "";
        }
    }

    record Unrecognised<T>(String text) implements MonthlyLine<T> {
        public Unrecognised {
            Objects.requireNonNull(text, "text");
        }
    }
}
