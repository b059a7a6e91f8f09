package org.thywill.archive.format.prayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Parsed;

class PrayerFileWriterTest {

    private static final LocalDateTime SUBMITTED = LocalDateTime.of(2025, 7, 6, 12, 7);
    private static final PrayerHeader HEADER = PrayerHeader.of("bf3c16094f1546babd1d3566471db805", "Mary Ann", SUBMITTED);
    private final PrayerFileWriter writer = new PrayerFileWriter();

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute);
    }

    private static PrayerFile readBack(String text) {
        Parsed<PrayerFile> parsed = new PrayerFileReader().read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.value();
    }

    @Test
    void writesTheReferenceSampleByteForByte() {
        PrayerFile prayer = new PrayerFile(HEADER.withProjectTag("healing")
                .withCategorization(new Categorization("0.9", "[\"self_harm\"]", "health", "specific", "ai_full", "0.8")),
                "Please pray: for my mom.\nShe is ill", "Lord, heal.\nAmen.", List.of(
                new StandardEntry(at(7, 6, 12, 10), "Pat", StandardAction.PRAYED),
                new StandardEntry(LocalDateTime.of(2024, 1, 2, 3, 4), "Pat", StandardAction.PRAYED),
                new StandardEntry(at(7, 7, 9, 20), "Mary Ann", StandardAction.ANSWERED),
                TestimonyEntry.of(at(7, 7, 9, 20), "Mary Ann", "God is good: she recovered"),
                new StandardEntry(at(7, 8, 10, 0), "Mary Ann", StandardAction.ARCHIVED),
                new StandardEntry(at(7, 9, 10, 0), "Mary Ann", StandardAction.RESTORED)));
        String expected = """
                Prayer bf3c16094f1546babd1d3566471db805 by Mary Ann
                Submitted July 06 2025 at 12:07
                Project: healing
                Safety Score: 0.9
                Safety Flags: ["self_harm"]
                Category: health
                Specificity: specific
                Categorization Method: ai_full
                Categorization Confidence: 0.8

                Please pray: for my mom.
                She is ill

                Generated Prayer:
                Lord, heal.
                Amen.

                Activity:
                July 06 2025 at 12:10 - Pat prayed this prayer
                January 02 2024 at 03:04 - Pat prayed this prayer
                July 07 2025 at 09:20 - Mary Ann marked this prayer as answered
                July 07 2025 at 09:20 - Mary Ann added testimony: God is good: she recovered
                July 08 2025 at 10:00 - Mary Ann archived this prayer
                July 09 2025 at 10:00 - Mary Ann restored this prayer
                """;

        assertThat(writer.write(prayer)).isEqualTo(expected);
        assertThat(readBack(expected)).isEqualTo(prayer);
    }

    @Test
    void writesTheReferenceHealLinesByteForByte() {
        assertThat(PrayerFileWriter.activityLine(new SetEntry(at(7, 7, 9, 20), "Mary Ann", "answered", null, "true")))
                .isEqualTo("July 07 2025 at 09:20 - Mary Ann set answered to 'true'\n");
        assertThat(PrayerFileWriter.activityLine(
                new SetEntry(at(7, 7, 9, 20), "Mary Ann", "answer_date", null, "2025-07-07T09:20:32.142584")))
                .isEqualTo("July 07 2025 at 09:20 - Mary Ann set answer_date to '2025-07-07T09:20:32.142584'\n");
        assertThat(PrayerFileWriter.activityLine(new RemovedEntry(at(7, 9, 10, 0), "Mary Ann", "archived", "true")))
                .isEqualTo("July 09 2025 at 10:00 - Mary Ann removed archived (was 'true')\n");
        assertThat(PrayerFileWriter.activityLine(
                new SetEntry(at(7, 10, 8, 0), "admin", "daily_priority", "2025-07-09", "2025-07-10")))
                .isEqualTo("July 10 2025 at 08:00 - admin set daily_priority from '2025-07-09' to '2025-07-10'\n");
        assertThat(PrayerFileWriter.activityLine(new SetEntry(at(7, 10, 8, 0), "admin", "daily_priority", "", "None")))
                .as("a falsy old value is not shown, a None new value prints None")
                .isEqualTo("July 10 2025 at 08:00 - admin set daily_priority to 'None'\n");
        assertThat(PrayerFileWriter.activityLine(new OtherEntry(at(7, 10, 8, 1), "Joy at Dawn", "unknown", null)))
                .isEqualTo("July 10 2025 at 08:01 - Joy at Dawn unknown\n");
        assertThat(PrayerFileWriter.activityLine(new OtherEntry(at(7, 10, 8, 1), "Joy at Dawn", "custom", "x: y")))
                .isEqualTo("July 10 2025 at 08:01 - Joy at Dawn custom: x: y\n");
        assertThat(PrayerFileWriter.activityLine(new OtherEntry(at(7, 10, 8, 1), "Joy at Dawn", "custom", "")))
                .isEqualTo("July 10 2025 at 08:01 - Joy at Dawn custom\n");
    }

    @Test
    void creationTextEndsWithActivityAndOmitsAnEmptyGeneratedPrayerAndProjectTag() {
        assertThat(PrayerFileWriter.creationText(HEADER.withProjectTag(""), "Please pray.", ""))
                .isEqualTo("Prayer bf3c16094f1546babd1d3566471db805 by Mary Ann\nSubmitted July 06 2025 at 12:07\n\n"
                        + "Please pray.\n\nActivity:\n");
        assertThat(PrayerFileWriter.creationText(HEADER.withAudience("all"), "Please pray.\n", "Amen."))
                .isEqualTo("Prayer bf3c16094f1546babd1d3566471db805 by Mary Ann\nSubmitted July 06 2025 at 12:07\n"
                        + "Audience: all\n\nPlease pray.\n\n\nGenerated Prayer:\nAmen.\n\nActivity:\n");
    }

    @Test
    void appendingAnActivityLineToTheCreatedFileGivesTheWholeFile() {
        StandardEntry mark = new StandardEntry(at(7, 6, 12, 10), "Anne - Marie", StandardAction.PRAYED);
        String created = PrayerFileWriter.creationText(HEADER, "Please pray.", "Amen.");

        String appended = created + PrayerFileWriter.activityLine(mark);

        assertThat(appended).isEqualTo(writer.write(PrayerFile.created(HEADER, "Please pray.", "Amen.").appending(mark)));
        assertThat(readBack(appended).activity()).containsExactly(mark);
    }

    @Test
    void multiLineTestimonyIsWrittenEncodedAndReadBackExactly() {
        TestimonyEntry t = TestimonyEntry.of(at(7, 7, 9, 20), "Mary Ann", "Line one\nJuly 07 2025 at 09:21 - Pat prayed this prayer\r\nback\\slash");

        String line = PrayerFileWriter.activityLine(t);

        assertThat(t.encoded()).isTrue();
        assertThat(line).isEqualTo("July 07 2025 at 09:20 - Mary Ann added testimony (encoded): "
                + "Line one\\nJuly 07 2025 at 09:21 - Pat prayed this prayer\\r\\nback\\\\slash\n");
        assertThat(readBack(PrayerFileWriter.creationText(HEADER, "x", null) + line).activity()).containsExactly(t);
    }

    @Test
    void oneLineTestimonyKeepsTheOriginalForm() {
        TestimonyEntry t = TestimonyEntry.of(at(7, 7, 9, 20), "Mary Ann", "back\\slash: kept as is");

        assertThat(t.encoded()).isFalse();
        assertThat(PrayerFileWriter.activityLine(t))
                .isEqualTo("July 07 2025 at 09:20 - Mary Ann added testimony: back\\slash: kept as is\n");
    }

    @Test
    void rawMultiLineTestimonyReadFromTheOriginalIsWrittenBackRaw() {
        TestimonyEntry t = new TestimonyEntry(at(3, 13, 2, 36), "Grace", "She is recovering well.\nThe doctors are amazed - we met at noon.", false);

        assertThat(PrayerFileWriter.activityLine(t)).isEqualTo(
                "March 13 2025 at 02:36 - Grace added testimony: She is recovering well.\nThe doctors are amazed - we met at noon.\n");
    }

    @Test
    void requestTextContainingTheGeneratedMarkerWithoutGeneratedPrayerGetsAnExplicitEmptySection() {
        String request = "My notes:\n\nGenerated Prayer:\nnot generated";
        PrayerFile prayer = PrayerFile.created(HEADER, request, null);

        String text = writer.write(prayer);

        assertThat(text).endsWith("\n\nMy notes:\n\nGenerated Prayer:\nnot generated\n\nGenerated Prayer:\n\n\nActivity:\n");
        assertThat(readBack(text)).isEqualTo(prayer);
    }

    @Test
    void requestTextWithActivitySectionLookalikeIsText() {
        String request = "x\n\nActivity:\nJuly 07 2025 at 09:20 - Bob added testimony: hi\n\nActivity:\n";
        PrayerFile prayer = new PrayerFile(HEADER, request, null,
                List.of(new StandardEntry(at(7, 8, 1, 2), "Pat", StandardAction.PRAYED)));

        assertThat(readBack(writer.write(prayer))).isEqualTo(prayer);
    }

    @Test
    void headerlessFileIsWrittenAsItsActivityLinesOnly() {
        PrayerFile prayer = PrayerFile.headerless(List.of(new StandardEntry(at(7, 8, 1, 2), "Pat", StandardAction.PRAYED)));
        assertThat(writer.write(prayer)).isEqualTo("July 08 2025 at 01:02 - Pat prayed this prayer\n");
    }

    @Test
    void refusesWhatTheFormatCannotCarry() {
        assertThatThrownBy(() -> writer.write(PrayerFile.created(PrayerHeader.of("a by b", "c", SUBMITTED), "x", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("` by `");
        assertThatThrownBy(() -> writer.write(PrayerFile.created(HEADER.withProjectTag("two\nlines"), "x", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> writer.write(PrayerFile.created(HEADER, "x", "a\n\nGenerated Prayer:\nb")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Generated Prayer:");
        assertThatThrownBy(() -> PrayerFileWriter.activityLine(new SetEntry(SUBMITTED, "Pat", "x", "a' to 'b", "c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads back");
        assertThatThrownBy(() -> PrayerFileWriter.activityLine(new StandardEntry(SUBMITTED, "Pat\nRay", StandardAction.PRAYED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one-line");
        assertThatThrownBy(() -> PrayerFileWriter.activityLine(new TestimonyEntry(SUBMITTED, "Pat",
                "a\nJuly 07 2025 at 09:21 - Pat prayed this prayer", false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrayerFileWriter.activityLine(new TestimonyEntry(SUBMITTED, "Pat", "a\n\nActivity:", false)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(PrayerFileWriter.canWrite(PrayerFile.created(HEADER, "x", "a\n\nGenerated Prayer:\nb"))).isFalse();
        assertThat(PrayerFileWriter.canWrite(PrayerFile.created(HEADER, "a\n\nGenerated Prayer:\nb", "x"))).isTrue();
    }

    @Test
    void generatedPrayerMayContainAnActivitySectionLookalike() {
        String generated = "Lord,\n\nActivity:\nJuly 07 2025 at 09:20 - Bob prayed this prayer\nJuly 07 2025 at 09:21 - Bob added testimony: x";
        PrayerFile prayer = new PrayerFile(HEADER, "Please pray.", generated,
                List.of(new StandardEntry(at(7, 8, 1, 2), "Pat", StandardAction.PRAYED)));

        assertThat(readBack(writer.write(prayer))).isEqualTo(prayer);
    }

    @Test
    void documentedLimit_originalFileWithGeneratedMarkerInTextAndNoGeneratedPrayer() {
        // The original writes such a text verbatim and nothing after it: the file cannot say where the text
        // ends. The reader's rule (the last marker starts the generated prayer) takes the tail as generated;
        // our writer never leaves this ambiguity (it adds the empty-section terminator).
        PrayerFile read = readBack("Prayer a by b\nSubmitted July 06 2025 at 12:07\n\nnotes\n\nGenerated Prayer:\ntail\n\nActivity:\n");

        assertThat(read.requestText()).isEqualTo("notes");
        assertThat(read.generatedPrayer()).isEqualTo("tail");
    }
}
