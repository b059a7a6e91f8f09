package org.thywill.archive.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.DateTimes;

/**
 * {@link FastTime} may only answer what the lenient formatters would: on near-miss inputs built from the pieces
 * of each shape it either declines (null) or gives the formatter's value; on what the original writes it answers.
 */
class FastTimeProperties {

    @Property(tries = 3000)
    void tsAgreesWithTheFormatter(@ForAll("tsLike") String s) {
        LocalDateTime fast = FastTime.ts(s);
        if (fast != null) {
            assertThat(ArchiveTime.lenientTs(s)).as(s).contains(fast);
        }
    }

    @Property(tries = 3000)
    void hmAgreesWithTheFormatter(@ForAll("hmLike") String s) {
        var fast = FastTime.hm(s);
        if (fast != null) {
            assertThat(ArchiveTime.lenientHm(s)).as(s).contains(fast);
        }
    }

    @Property(tries = 3000)
    void isoLocalAgreesWithTheFormatter(@ForAll("isoLike") String s) {
        LocalDateTime fast = FastTime.isoLocal(s);
        if (fast != null) {
            assertThat(ArchiveTime.lenientIsoLocal(s)).as(s).contains(fast);
        }
    }

    @Property(tries = 1000)
    void whatTheOriginalWritesTakesTheFastPath(@ForAll("times") LocalDateTime t,
                                              @ForAll @IntRange(min = 0, max = 999_999) int micros) {
        LocalDateTime minute = t.truncatedTo(ChronoUnit.MINUTES);
        assertThat(FastTime.ts(ArchiveTime.ts(t))).isEqualTo(minute);
        assertThat(FastTime.hm(ArchiveTime.hm(t.toLocalTime()))).isEqualTo(minute.toLocalTime());
        LocalDateTime precise = t.truncatedTo(ChronoUnit.SECONDS).plusNanos(micros * 1000L);
        assertThat(FastTime.isoLocal(ArchiveTime.iso(precise))).isEqualTo(precise);
        assertThat(FastTime.isoLocal(ArchiveTime.str(precise))).isEqualTo(precise);
    }

    @Provide
    Arbitrary<LocalDateTime> times() {
        return DateTimes.dateTimes().between(LocalDateTime.of(1000, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59));
    }

    @Provide
    Arbitrary<String> tsLike() {
        Arbitrary<String> month = Arbitraries.of("June", "Jun", "june", "JUNE", "May", "September", "Sep", "Sept",
                "February", "Feb", "Foo", "Ju", "");
        Arbitrary<String> day = Arbitraries.of("5", "05", "29", "30", "31", "32", "0", "005", "", "x");
        Arbitrary<String> comma = Arbitraries.of("", ",", " ,", ",,");
        Arbitrary<String> year = Arbitraries.of("2024", "2023", "2000", "1900", "0999", "20245", "24", "");
        Arbitrary<String> at = Arbitraries.of(" at ", " AT ", " at", "at ", "  at ", " @ ");
        Arbitrary<String> time = hmLike();
        Arbitrary<String> seconds = Arbitraries.of("", ":33", ":00", ":60", ":3", ":333", ":");
        return Combinators.combine(month, day, comma, year, at, time, seconds)
                .as((m, d, c, y, a, t, sec) -> m + " " + d + c + " " + y + a + t + sec);
    }

    @Provide
    Arbitrary<String> hmLike() {
        Arbitrary<String> hour = Arbitraries.of("0", "9", "09", "12", "23", "24", "25", "007", "", "-1");
        Arbitrary<String> minute = Arbitraries.of("00", "07", "7", "59", "60", "007", "", "5x");
        Arbitrary<String> colon = Arbitraries.of(":", ":", ":", ".", "");
        return Combinators.combine(hour, colon, minute).as((h, c, m) -> h + c + m);
    }

    @Provide
    Arbitrary<String> isoLike() {
        Arbitrary<String> date = Arbitraries.of("2024-06-05", "2024-02-29", "2023-02-29", "2024-13-01", "2024-6-05",
                "20240-06-05", "0999-01-01", "2024-06-31");
        Arbitrary<String> sep = Arbitraries.of("T", " ", "", "T ", "t", "  ");
        Arbitrary<String> hm = Arbitraries.of("09:07", "23:59", "24:00", "9:07", "09:7", "09-07", "00:00");
        Arbitrary<String> sec = Arbitraries.of("", ":33", ":60", ":3", ":00");
        Arbitrary<String> fraction = Arbitraries.of("", ".1", ".123456", ".123456789", ".1234567890", ".", ".12a",
                "+00:00", "Z");
        return Combinators.combine(date, sep, hm, sec, fraction).as((d, s, t, x, f) -> d + s + t + x + f);
    }
}
