package org.thywill.archive.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.DateTimes;

/** {@link DateTimeText} writes what the formatters it replaces wrote, digit for digit. */
class DateTimeTextProperties {

    private static final DateTimeFormatter STORAGE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

    @Property(tries = 2000)
    void pythonIsoformatAndStr(@ForAll("times") LocalDateTime t) {
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(t.toLocalDate());
        String time = String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        String fraction = micros == 0 ? "" : String.format(Locale.ROOT, ".%06d", micros);
        assertThat(DateTimeText.of(t, 'T', false)).isEqualTo(date + "T" + time + fraction);
        assertThat(DateTimeText.of(t, ' ', false)).isEqualTo(date + " " + time + fraction);
    }

    @Property(tries = 2000)
    void sqlAlchemyStorage(@ForAll("times") LocalDateTime t) {
        assertThat(DateTimeText.of(t, ' ', true)).isEqualTo(STORAGE.format(t));
    }

    @Property(tries = 200)
    void yearsTheWritersWouldSignOrWidenAreLeftToTheCaller(@ForAll("farYears") int year) {
        assertThat(DateTimeText.of(LocalDateTime.of(year, 1, 1, 0, 0), 'T', false)).isNull();
    }

    @Provide
    Arbitrary<LocalDateTime> times() {
        Arbitrary<LocalDateTime> whole = DateTimes.dateTimes()
                .between(LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(0, 999_999).map(m -> m * 1000));
        return net.jqwik.api.Combinators.combine(whole, nanos).as(LocalDateTime::withNano);
    }

    @Provide
    Arbitrary<Integer> farYears() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-999_999, -1), Arbitraries.integers().between(10_000, 999_999));
    }
}
