package org.thywill.archive.format.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One line of a monthly activity file, as written: what the reader understood of it and its exact
 * text, which the writer writes back. Lines that carry a time or date keep their text because the
 * reader accepts lenient forms ({@code 9:07}, {@code February 3 2024}).
 */
public sealed interface ActivityLine {

    /** The line exactly as it stands in the file, without its {@code \n}. */
    String text();

    /** {@code Activity for <Month YYYY>} (line 1). */
    record Header(YearMonth month, String text) implements ActivityLine {
        public Header {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(text, "text");
        }

        public static Header of(YearMonth month) {
            return new Header(month, ActivityFileWriter.header(month));
        }
    }

    record Blank() implements ActivityLine {
        @Override
        public String text() {
            return "";
        }
    }

    /** {@code <Month DD YYYY>}: the entries below it happened that day. */
    record DayHeading(LocalDate day, String text) implements ActivityLine {
        public DayHeading {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(text, "text");
        }

        public static DayHeading of(LocalDate day) {
            return new DayHeading(day, ActivityFileWriter.dayHeading(day));
        }
    }

    record Entry(ActivityEntry entry, String text) implements ActivityLine {
        public Entry {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(text, "text");
        }

        public static Entry of(ActivityEntry entry) {
            return ActivityFileWriter.entry(entry);
        }
    }

    /** A line the reader could not understand; kept verbatim and reported. */
    record Unrecognised(String text) implements ActivityLine {
        public Unrecognised {
            Objects.requireNonNull(text, "text");
        }
    }
}
