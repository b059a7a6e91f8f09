package org.thywill.archive.format.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.users.PeopleArbitraries;

class MonthlyFilesProperties {

    @Property(tries = 1000)
    void marksWriteThenReadGivesTheSameFile(@ForAll("months") YearMonth month, @ForAll("marks") List<PrayerMark> marks) {
        MonthlyFile<PrayerMark> file = PrayerMarksFileWriter.file(month, marks);

        Parsed<MonthlyFile<PrayerMark>> read = new PrayerMarksFileReader().read(new PrayerMarksFileWriter().write(file));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(file);
        assertThat(read.value().records()).isEqualTo(marks);
        assertThat(read.value().month()).contains(month);
    }

    @Property(tries = 1000)
    void skipsWriteThenReadGivesTheSameFile(@ForAll("months") YearMonth month, @ForAll("skips") List<PrayerSkip> skips) {
        MonthlyFile<PrayerSkip> file = PrayerSkipsFileWriter.file(month, skips);

        Parsed<MonthlyFile<PrayerSkip>> read = new PrayerSkipsFileReader().read(new PrayerSkipsFileWriter().write(file));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(file);
        assertThat(read.value().records()).isEqualTo(skips);
    }

    @Property(tries = 1000)
    void attributesWriteThenReadGivesTheSameFile(@ForAll("months") YearMonth month,
                                                 @ForAll("attributes") List<PrayerAttribute> attributes) {
        MonthlyFile<PrayerAttribute> file = PrayerAttributesFileWriter.file(month, attributes);

        Parsed<MonthlyFile<PrayerAttribute>> read =
                new PrayerAttributesFileReader().read(new PrayerAttributesFileWriter().write(file));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(file);
        assertThat(read.value().records()).isEqualTo(attributes);
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return PeopleArbitraries.month();
    }

    /** The writers' documented limit: no {@code |} in an ID, name or user, none of them empty. */
    private static Arbitrary<String> column() {
        return PeopleArbitraries.name().filter(s -> s.indexOf('|') < 0);
    }

    @Provide
    Arbitrary<List<PrayerMark>> marks() {
        return Combinators.combine(PeopleArbitraries.archiveMinute(), PeopleArbitraries.prayerId().filter(s -> s.indexOf('|') < 0),
                column()).as(PrayerMark::new).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<PrayerSkip>> skips() {
        return Combinators.combine(PeopleArbitraries.archiveMinute(), PeopleArbitraries.prayerId().filter(s -> s.indexOf('|') < 0),
                column()).as(PrayerSkip::new).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<PrayerAttribute>> attributes() {
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of("answered", "answer_date", "answer_testimony", "archived", "daily_priority"), column());
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("true", "2025-07-07T09:20:32.142584", "a|b", "|", "x=y", "God is good: she recovered"),
                PeopleArbitraries.oneLineText());
        return Combinators.combine(PeopleArbitraries.archiveMinute(), PeopleArbitraries.prayerId().filter(s -> s.indexOf('|') < 0),
                        name, value, column().injectNull(0.3))
                .as(PrayerAttribute::new).list().ofMaxSize(10);
    }
}
