package org.thywill.archive.format.users;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One line of a registrations file, as written: what the reader understood of it, and its exact text,
 * which the writer writes back. A line is a {@link Header}, a {@link Blank}, an {@link Entry}, or an
 * {@link Unrecognised} line the reader reported and kept.
 */
public sealed interface RegistrationsLine {

    /** The line exactly as it stands in the file, without its {@code \n}. */
    String text();

    /** {@code User Registrations for <Month YYYY>} (line 1). */
    record Header(YearMonth month, String text) implements RegistrationsLine {
        public Header {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(text, "text");
        }

        public static Header of(YearMonth month) {
            return new Header(month, RegistrationsFileWriter.header(month));
        }
    }

    /** An empty line (the one after the header, or any stray one). */
    record Blank() implements RegistrationsLine {
        @Override
        public String text() {
            return "";
        }
    }

    /**
     * A registration line. {@code text} is kept because the reader accepts lenient timestamps
     * ({@code June 5 2024 at 9:07}); {@link #of} gives the line the original writer writes.
     */
    record Entry(Registration registration, String text) implements RegistrationsLine {
        public Entry {
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(text, "text");
        }

        public static Entry of(Registration registration) {
            return RegistrationsFileWriter.entry(registration);
        }
    }

    /** A line the reader could not understand; kept verbatim and reported. */
    record Unrecognised(String text) implements RegistrationsLine {
        public Unrecognised {
            Objects.requireNonNull(text, "text");
        }
    }
}
