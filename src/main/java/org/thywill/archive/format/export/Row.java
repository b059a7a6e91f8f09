package org.thywill.archive.format.export;

import java.util.Objects;

/**
 * One row of a table file: a record the reader understood, or the text it could not understand, kept
 * verbatim so the writer gives it back unchanged (the reader reports a diagnostic for it).
 */
public sealed interface Row<R> permits Row.Data, Row.Unrecognised {

    static <R> Row<R> of(R value) {
        return new Data<>(value);
    }

    static <R> Row<R> unrecognised(String text) {
        return new Unrecognised<>(text);
    }

    /** A row understood as a record. */
    record Data<R>(R value) implements Row<R> {
        public Data {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A row kept as written; it may span several lines (a multi-line changelog row). */
    record Unrecognised<R>(String text) implements Row<R> {
        public Unrecognised {
            Objects.requireNonNull(text, "text");
        }
    }
}
