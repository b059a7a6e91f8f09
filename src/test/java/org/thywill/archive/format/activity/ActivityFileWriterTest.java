package org.thywill.archive.format.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityFileWriterTest {

    private static final String ID = "bf3c16094f1546babd1d3566471db805";
    private static final LocalDate JULY_06 = LocalDate.of(2025, 7, 6);
    private static final LocalDate JULY_07 = LocalDate.of(2025, 7, 7);

    /** Reference §8. */
    private static final String SAMPLE = """
            Activity for July 2025


            July 06 2025
            12:00 - admin registered directly
            12:01 - Mary Ann registered via invitation from admin
            12:07 - Mary Ann submitted prayer bf3c16094f1546babd1d3566471db805 (healing)

            July 07 2025
            09:20 - Pat prayed for prayer bf3c16094f1546babd1d3566471db805
            09:20 - Mary Ann marked prayer bf3c16094f1546babd1d3566471db805 as answered
            09:21 - Mary Ann archived prayer bf3c16094f1546babd1d3566471db805
            """;

    private final ActivityFileWriter writer = new ActivityFileWriter();

    private static List<ActivityDay> sampleDays() {
        return List.of(
                new ActivityDay(JULY_06, List.of(
                        ActivityEntry.registeredDirectly(LocalTime.of(12, 0), "admin"),
                        ActivityEntry.registeredViaInvitation(LocalTime.of(12, 1), "Mary Ann", "admin"),
                        ActivityEntry.submitted(LocalTime.of(12, 7), "Mary Ann", ID, "healing"))),
                new ActivityDay(JULY_07, List.of(
                        ActivityEntry.prayed(LocalTime.of(9, 20), "Pat", ID),
                        ActivityEntry.answered(LocalTime.of(9, 20), "Mary Ann", ID),
                        ActivityEntry.archived(LocalTime.of(9, 21, 59), "Mary Ann", ID))));
    }

    @Test
    void writesTheReferenceSampleFromDays() {
        assertThat(writer.write(ActivityFile.of(YearMonth.of(2025, 7), sampleDays()))).isEqualTo(SAMPLE);
    }

    @Test
    void appendingEntryByEntryToANewFileGivesTheSameBytes() {
        ActivityFile file = ActivityFile.of(YearMonth.of(2025, 7), List.of());
        StringBuilder appended = new StringBuilder(writer.write(file));
        for (ActivityDay day : sampleDays()) {
            for (ActivityEntry entry : day.entries()) {
                appended.append(ActivityFileWriter.appendText(file, day.date(), entry));
                file = file.append(day.date(), entry);
            }
        }

        assertThat(appended.toString()).isEqualTo(SAMPLE);
        assertThat(writer.write(file)).isEqualTo(SAMPLE);
    }

    @Test
    void aLateEntryForADayWhoseHeadingExistsGetsNoNewHeading() {
        ActivityFile file = ActivityFile.of(YearMonth.of(2025, 7), sampleDays());
        ActivityEntry late = ActivityEntry.prayed(LocalTime.of(23, 0), "Joy at Dawn", ID);

        assertThat(file.needsDayHeading(JULY_06)).isFalse();
        assertThat(ActivityFileWriter.appendText(file, JULY_06, late))
                .isEqualTo("23:00 - Joy at Dawn prayed for prayer " + ID + "\n");
        assertThat(file.append(JULY_06, late).days().get(1).entries()).last().isEqualTo(late);
    }

    @Test
    void aNewDayGetsABlankLineAndItsHeading() {
        ActivityFile file = ActivityFile.of(YearMonth.of(2025, 7), sampleDays());
        ActivityEntry next = ActivityEntry.restored(LocalTime.of(10, 0), "Mary Ann", ID);

        assertThat(ActivityFileWriter.appendText(file, LocalDate.of(2025, 7, 9), next))
                .isEqualTo("\nJuly 09 2025\n10:00 - Mary Ann restored prayer " + ID + "\n");
    }

    @Test
    void anEmptyTagIsNotWrittenLikeTheOriginal() {
        assertThat(ActivityFileWriter.line(ActivityEntry.submitted(LocalTime.of(8, 5), "Pat", ID, "")))
                .isEqualTo("08:05 - Pat submitted prayer " + ID);
    }

    @Test
    void refusesAUserNameThatWouldBeReadAsAnAction() {
        ActivityEntry e = ActivityEntry.prayed(LocalTime.of(9, 0), "Pat registered via invitation from Ann", ID);

        assertThatThrownBy(() -> ActivityFileWriter.line(e))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be written losslessly");
    }

    @Test
    void acceptsAUserNameHoldingAPhraseThatCannotBeMisread() {
        ActivityEntry e = ActivityEntry.prayed(LocalTime.of(9, 0), "Pat archived prayer x and", ID);

        assertThat(ActivityFileWriter.line(e)).isEqualTo("09:00 - Pat archived prayer x and prayed for prayer " + ID);
        assertThat(ActivityFileReader.parseEntry(ActivityFileWriter.line(e)).entry()).isEqualTo(e);
    }

    @Test
    void refusesAPrayerIdWithASpace() {
        ActivityEntry e = ActivityEntry.archived(LocalTime.of(9, 0), "Pat", "not one word");

        assertThatThrownBy(() -> ActivityFileWriter.line(e)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesALineBreakInATag() {
        ActivityEntry e = ActivityEntry.submitted(LocalTime.of(9, 0), "Pat", ID, "a\nJuly 07 2025");

        assertThatThrownBy(() -> ActivityFileWriter.line(e))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag contains a line break");
    }
}
