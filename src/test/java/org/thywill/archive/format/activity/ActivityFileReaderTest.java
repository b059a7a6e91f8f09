package org.thywill.archive.format.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class ActivityFileReaderTest {

    private static final String ID = "bf3c16094f1546babd1d3566471db805";

    private final ActivityFileReader reader = new ActivityFileReader();
    private final ActivityFileWriter writer = new ActivityFileWriter();

    private Parsed<ActivityFile> readKeepingBytes(String text) {
        Parsed<ActivityFile> parsed = reader.read(text);
        assertThat(writer.write(parsed.value())).as("written back byte for byte").isEqualTo(text);
        return parsed;
    }

    private static String file(String body) {
        return "Activity for July 2025\n\n\nJuly 06 2025\n" + body;
    }

    @Test
    void b7_activityUserWithSpacesIsWholeName() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("""
                09:20 - Mary Beth Carter prayed for prayer %s
                09:21 - Anne - Marie marked prayer %s as answered
                09:22 - Joy at Dawn archived prayer %s
                09:23 - D'Angelo Price restored prayer %s
                09:24 - 李明 submitted prayer %s
                """.formatted(ID, ID, ID, ID, ID)));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().entries()).containsExactly(
                ActivityEntry.prayed(LocalTime.of(9, 20), "Mary Beth Carter", ID),
                ActivityEntry.answered(LocalTime.of(9, 21), "Anne - Marie", ID),
                ActivityEntry.archived(LocalTime.of(9, 22), "Joy at Dawn", ID),
                ActivityEntry.restored(LocalTime.of(9, 23), "D'Angelo Price", ID),
                ActivityEntry.submitted(LocalTime.of(9, 24), "李明", ID, null));
    }

    @Test
    void b7_registrationsNameTheWholeUserAndInviter() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("""
                12:00 - Grace by Faith registered directly
                12:01 - Mary Ann registered via invitation from Joy at Dawn
                """));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().entries()).containsExactly(
                ActivityEntry.registeredDirectly(LocalTime.of(12, 0), "Grace by Faith"),
                ActivityEntry.registeredViaInvitation(LocalTime.of(12, 1), "Mary Ann", "Joy at Dawn"));
    }

    @Test
    void tagsKeepSpacesAmpersandsParenthesesAndOtherScripts() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("""
                12:07 - admin submitted prayer %s (grief & loss)
                12:08 - admin submitted prayer %s (youth group (2024) - week 1)
                12:09 - J.R. Smith submitted prayer %s (新年)
                """.formatted(ID, ID, ID)));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().entries()).extracting(ActivityEntry::tag)
                .containsExactly("grief & loss", "youth group (2024) - week 1", "新年");
    }

    @Test
    void theUserEndsAtTheFirstActionPhraseEvenWhenATagRepeatsOne() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file(
                "12:07 - Pat submitted prayer " + ID + " (she prayed for prayer abc)\n"));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().entries()).containsExactly(
                ActivityEntry.submitted(LocalTime.of(12, 7), "Pat", ID, "she prayed for prayer abc"));
    }

    @Test
    void anEntryAppendedLateForAnEarlierDayStaysUnderTheLastHeading() {
        Parsed<ActivityFile> parsed = readKeepingBytes("""
                Activity for February 2024


                February 03 2024
                18:42 - Pat prayed for prayer %s

                February 05 2024
                12:32 - Ann prayed for prayer %s
                18:50 - Pat prayed for prayer %s
                """.formatted(ID, ID, ID));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().days()).extracting(ActivityDay::date, d -> d.entries().size()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 2, 3), 1),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 2, 5), 2));
    }

    @Test
    void aRepeatedDayHeadingGivesTwoDaysInFileOrder() {
        Parsed<ActivityFile> parsed = readKeepingBytes("""
                Activity for February 2024


                February 03 2024
                18:42 - Pat prayed for prayer %s

                February 05 2024
                12:32 - Ann prayed for prayer %s

                February 03 2024
                19:00 - Ann prayed for prayer %s
                """.formatted(ID, ID, ID));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().days()).extracting(ActivityDay::date).containsExactly(
                LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 3));
    }

    @Test
    void aDayHeadingFromAnotherMonthIsKeptAsWritten() {
        Parsed<ActivityFile> parsed = readKeepingBytes("Activity for July 2025\n\n\nAugust 01 2025\n00:01 - Pat registered directly\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().month()).contains(YearMonth.of(2025, 7));
        assertThat(parsed.value().days()).extracting(ActivityDay::date).containsExactly(LocalDate.of(2025, 8, 1));
    }

    @Test
    void lenientTimesAndDaysAreUnderstoodAndTheirTextKept() {
        Parsed<ActivityFile> parsed = readKeepingBytes("Activity for July 2025\n\n\nJuly 6 2025\n9:07 - Pat registered directly\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().days()).containsExactly(new ActivityDay(LocalDate.of(2025, 7, 6),
                java.util.List.of(ActivityEntry.registeredDirectly(LocalTime.of(9, 7), "Pat"))));
    }

    // ---- diagnostics: each kind of bad input, with its line and reason; the line is kept -----------

    @Test
    void unknownActivityIsKeptAndReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("09:00 - Pat flagged prayer " + ID + "\n"));

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(5, "unknown activity 'Pat flagged prayer " + ID + "': no known action phrase"));
        assertThat(parsed.value().lines().get(4))
                .isEqualTo(new ActivityLine.Unrecognised("09:00 - Pat flagged prayer " + ID));
    }

    @Test
    void lineThatIsNeitherEntryNorHeadingIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("Pat prayed for prayer " + ID + "\n"));

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(5,
                "not an activity line: expected '<HH:MM> - <user> <action>' or a '<Month DD YYYY>' day heading"));
    }

    @Test
    void badTimeIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("25:61 - Pat prayed for prayer " + ID + "\n"));

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(5, "unparsable time '25:61' (expected HH:MM)"));
        assertThat(parsed.value().entries()).isEmpty();
    }

    @Test
    void badDayHeadingIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes(
                "Activity for February 2025\n\n\nFebruary 30 2025\n09:00 - Pat registered directly\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(4, "bad day heading 'February 30 2025': not a '<Month DD YYYY>' date"),
                new Diagnostic(5, "entry above the first day heading: its day is unknown"));
        assertThat(parsed.value().days()).isEmpty();
        assertThat(parsed.value().entries()).hasSize(1);
    }

    @Test
    void entryAboveTheFirstDayHeadingIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes("Activity for July 2025\n\n09:00 - Pat registered directly\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(3, "entry above the first day heading: its day is unknown"));
    }

    @Test
    void missingHeaderIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes("July 06 2025\n09:00 - Pat registered directly\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(1, "missing header: expected 'Activity for <Month YYYY>'"));
        assertThat(parsed.value().days()).hasSize(1);
    }

    @Test
    void badHeaderMonthIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes("Activity for last month\n\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(1, "header month 'last month' is not a '<Month YYYY>'"));
        assertThat(parsed.value().month()).isEmpty();
    }

    @Test
    void headerOutOfPlaceIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes("Activity for July 2025\n\nActivity for July 2025\n\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(3, "header line out of place (the header belongs on line 1)"));
    }

    @Test
    void emptyFileIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes("");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(0, "empty file: expected the header 'Activity for <Month YYYY>'"));
    }

    @Test
    void carriageReturnIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("09:00 - Pat registered via invitation from Ann\r\n"));

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(5, "carriage return in line (CRLF line endings?); line kept unread"));
    }

    @Test
    void missingFinalNewlineIsReported() {
        Parsed<ActivityFile> parsed = readKeepingBytes(file("09:00 - Pat registered via invitation from Ann"));

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(5, "no newline at end of file: the last line may be truncated"));
    }
}
