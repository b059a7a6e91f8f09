package org.thywill.archive.format.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.users.PeopleArbitraries;

class ActivityFileProperties {

    /** The writer's documented limit: a user name holding an action phrase would be read as that action. */
    private static final List<String> PHRASES = List.of(" submitted prayer ", " prayed for prayer ", " marked prayer ",
            " archived prayer ", " restored prayer ", " registered directly", " registered via invitation from ");

    private final ActivityFileReader reader = new ActivityFileReader();
    private final ActivityFileWriter writer = new ActivityFileWriter();

    @Property(tries = 1000)
    void writeThenReadGivesTheSameFile(@ForAll("months") YearMonth month, @ForAll("days") List<ActivityDay> days,
                                       @ForAll("appends") List<Tuple2<LocalDate, ActivityEntry>> appends) {
        ActivityFile file = ActivityFile.of(month, days);
        for (Tuple2<LocalDate, ActivityEntry> a : appends) {
            file = file.append(a.get1(), a.get2());
        }

        Parsed<ActivityFile> read = reader.read(writer.write(file));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(file);
        assertThat(read.value().month()).contains(month);
    }

    @Property(tries = 1000)
    void daysOfAFreshFileAreTheDaysItWasBuiltFrom(@ForAll("months") YearMonth month,
                                                  @ForAll("days") List<ActivityDay> days) {
        ActivityFile read = reader.read(writer.write(ActivityFile.of(month, days))).value();

        assertThat(read.days()).isEqualTo(days);
    }

    @Property(tries = 1000)
    void appendingWritesExactlyTheAppendText(@ForAll("months") YearMonth month, @ForAll("days") List<ActivityDay> days,
                                             @ForAll("dates") LocalDate day, @ForAll("entry") ActivityEntry entry) {
        ActivityFile file = ActivityFile.of(month, days);

        String after = writer.write(file.append(day, entry));

        assertThat(after).isEqualTo(writer.write(file) + ActivityFileWriter.appendText(file, day, entry));
    }

    @Property(tries = 1000)
    void needsDayHeadingIsTheOriginalsTextTest(@ForAll("months") YearMonth month, @ForAll("days") List<ActivityDay> days,
                                               @ForAll("appends") List<Tuple2<LocalDate, ActivityEntry>> appends,
                                               @ForAll("dates") LocalDate day) {
        ActivityFile file = ActivityFile.of(month, days);
        for (Tuple2<LocalDate, ActivityEntry> a : appends) {
            file = file.append(a.get1(), a.get2());
        }
        String text = writer.write(file);
        String heading = ActivityFileWriter.dayHeading(day);

        assertThat(file.needsDayHeading(day))
                .isEqualTo(!(text.contains("\n" + heading + "\n") || text.endsWith(heading + "\n")));
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return PeopleArbitraries.month();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return PeopleArbitraries.date();
    }

    @Provide
    Arbitrary<List<ActivityDay>> days() {
        return Combinators.combine(PeopleArbitraries.date(), entry().list().ofMaxSize(4)).as(ActivityDay::new)
                .list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Tuple2<LocalDate, ActivityEntry>>> appends() {
        Arbitrary<LocalDate> fewDates = Arbitraries.of(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 5),
                LocalDate.of(2024, 2, 29));
        return Combinators.combine(Arbitraries.oneOf(fewDates, PeopleArbitraries.date()), entry()).as(Tuple::of)
                .list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<ActivityEntry> entry() {
        Arbitrary<LocalTime> time = PeopleArbitraries.minute();
        Arbitrary<String> user = PeopleArbitraries.oneLineText().filter(u -> PHRASES.stream().noneMatch(u::contains));
        Arbitrary<String> id = PeopleArbitraries.prayerId();
        Arbitrary<String> tag = PeopleArbitraries.oneLineText().injectNull(0.5);
        Arbitrary<String> inviter = PeopleArbitraries.oneLineText();
        return Combinators.combine(Arbitraries.of(ActivityAction.values()), time, user, id, tag, inviter)
                .as(ActivityFileProperties::entry);
    }

    private static ActivityEntry entry(ActivityAction action, LocalTime time, String user, String id, String tag,
                                       String inviter) {
        boolean invited = action == ActivityAction.REGISTERED_VIA_INVITATION;
        return new ActivityEntry(time, user, action, action.namesPrayer() ? id : null, invited ? null : tag,
                invited ? inviter : null);
    }
}
