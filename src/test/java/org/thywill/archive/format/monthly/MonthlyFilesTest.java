package org.thywill.archive.format.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class MonthlyFilesTest {

    private static final String ID = "bf3c16094f1546babd1d3566471db805";
    private static final LocalDateTime AT = LocalDateTime.of(2025, 7, 6, 12, 9);

    /** Reference §8. */
    private static final String ATTRIBUTES_SAMPLE = """
            Prayer Attributes for July 2025
            Format: timestamp|prayer_id|attribute_name|attribute_value|user_id

            July 06 2025 at 12:09|bf3c16094f1546babd1d3566471db805|answered|true|system
            """;
    private static final String MARKS_SAMPLE = """
            Prayer Marks for July 2025
            Format: timestamp|prayer_id|user_id

            July 06 2025 at 12:07|bf3c16094f1546babd1d3566471db805|Pat
            July 06 2025 at 12:08|bf3c16094f1546babd1d3566471db805|Mary Ann
            """;
    private static final String SKIPS_SAMPLE = """
            Prayer Skips for July 2025
            Format: timestamp|prayer_id|user_id

            July 06 2025 at 12:07|bf3c16094f1546babd1d3566471db805|Joy at Dawn
            """;

    private final PrayerAttributesFileReader attributesReader = new PrayerAttributesFileReader();
    private final PrayerAttributesFileWriter attributesWriter = new PrayerAttributesFileWriter();
    private final PrayerMarksFileReader marksReader = new PrayerMarksFileReader();
    private final PrayerMarksFileWriter marksWriter = new PrayerMarksFileWriter();

    private Parsed<MonthlyFile<PrayerAttribute>> readAttributes(String text) {
        Parsed<MonthlyFile<PrayerAttribute>> parsed = attributesReader.read(text);
        assertThat(attributesWriter.write(parsed.value())).as("written back byte for byte").isEqualTo(text);
        return parsed;
    }

    private Parsed<MonthlyFile<PrayerMark>> readMarks(String text) {
        Parsed<MonthlyFile<PrayerMark>> parsed = marksReader.read(text);
        assertThat(marksWriter.write(parsed.value())).as("written back byte for byte").isEqualTo(text);
        return parsed;
    }

    @Test
    void attributesSampleReadsAndIsWrittenFromRecords() {
        Parsed<MonthlyFile<PrayerAttribute>> parsed = readAttributes(ATTRIBUTES_SAMPLE);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().month()).contains(YearMonth.of(2025, 7));
        assertThat(parsed.value().records()).containsExactly(new PrayerAttribute(AT, ID, "answered", "true", null));
        assertThat(attributesWriter.write(PrayerAttributesFileWriter.file(YearMonth.of(2025, 7),
                List.of(new PrayerAttribute(AT.plusSeconds(33), ID, "answered", "true", null)))))
                .isEqualTo(ATTRIBUTES_SAMPLE);
    }

    @Test
    void marksSampleReadsAndIsWrittenFromRecords() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE);
        List<PrayerMark> marks = List.of(new PrayerMark(LocalDateTime.of(2025, 7, 6, 12, 7), ID, "Pat"),
                new PrayerMark(LocalDateTime.of(2025, 7, 6, 12, 8), ID, "Mary Ann"));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).isEqualTo(marks);
        assertThat(marksWriter.write(PrayerMarksFileWriter.file(YearMonth.of(2025, 7), marks))).isEqualTo(MARKS_SAMPLE);
    }

    @Test
    void skipsSampleReadsAndIsWrittenFromRecords() {
        Parsed<MonthlyFile<PrayerSkip>> parsed = new PrayerSkipsFileReader().read(SKIPS_SAMPLE);
        List<PrayerSkip> skips = List.of(new PrayerSkip(LocalDateTime.of(2025, 7, 6, 12, 7), ID, "Joy at Dawn"));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).isEqualTo(skips);
        assertThat(new PrayerSkipsFileWriter().write(PrayerSkipsFileWriter.file(YearMonth.of(2025, 7), skips)))
                .isEqualTo(SKIPS_SAMPLE);
    }

    @Test
    void aNewFileIsTheHeaderAndAppendsAddOneRowEach() {
        MonthlyFile<PrayerMark> empty = PrayerMarksFileWriter.file(YearMonth.of(2025, 7), List.of());
        PrayerMark mark = new PrayerMark(LocalDateTime.of(2025, 7, 6, 12, 7, 59), ID, "Pat");

        assertThat(marksWriter.write(empty)).isEqualTo("Prayer Marks for July 2025\nFormat: timestamp|prayer_id|user_id\n\n");
        assertThat(PrayerMarksFileWriter.appendText(mark)).isEqualTo("July 06 2025 at 12:07|" + ID + "|Pat\n");
    }

    @Test
    void duplicateRowsAreKept() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE + "July 06 2025 at 12:07|" + ID + "|Pat\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).hasSize(3);
        assertThat(parsed.value().records().get(2)).isEqualTo(parsed.value().records().get(0));
    }

    @Test
    void b25_attributeValueContainingPipeIsReadWhole() {
        Parsed<MonthlyFile<PrayerAttribute>> parsed = readAttributes(ATTRIBUTES_SAMPLE
                + "July 06 2025 at 12:10|" + ID + "|answer_testimony|God is good | she recovered|x=y|Mary Ann\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).last().isEqualTo(
                new PrayerAttribute(LocalDateTime.of(2025, 7, 6, 12, 10), ID, "answer_testimony",
                        "God is good | she recovered|x=y", "Mary Ann"));
    }

    @Test
    void b25_attributeValueWithPipeIsWrittenUnescapedAndReadBack() {
        PrayerAttribute a = new PrayerAttribute(AT, ID, "answer_testimony", "|a||b|", "Joy at Dawn");

        String row = PrayerAttributesFileWriter.row(a).text();

        assertThat(row).isEqualTo("July 06 2025 at 12:09|" + ID + "|answer_testimony||a||b||Joy at Dawn");
        assertThat(readAttributes(ATTRIBUTES_SAMPLE + row + "\n").value().records()).last().isEqualTo(a);
    }

    @Test
    void b25_systemIsNotReadAsAUser() {
        PrayerAttribute a = readAttributes(ATTRIBUTES_SAMPLE).value().records().get(0);

        assertThat(a.bySystem()).isTrue();
        assertThat(a.createdBy()).isNull();
        assertThat(new PrayerAttribute(AT, ID, "answered", "true", "system")).isEqualTo(a);
        assertThat(new PrayerAttribute(AT, ID, "answered", "true", "")).isEqualTo(a);
    }

    // ---- diagnostics: each kind of bad input, with its line and reason; the line is kept -----------

    @Test
    void wrongColumnCountIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE + "July 06 2025 at 12:09|" + ID + "|Pat|extra\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(6, "expected 3 columns (timestamp|prayer_id|user_id), found 4"));
        assertThat(parsed.value().lines().get(2))
                .isEqualTo(new MonthlyLine.Unrecognised<PrayerMark>("July 06 2025 at 12:09|" + ID + "|Pat|extra"));
    }

    @Test
    void tooFewAttributeColumnsAreReported() {
        Parsed<MonthlyFile<PrayerAttribute>> parsed = readAttributes(ATTRIBUTES_SAMPLE + "July 06 2025 at 12:09|" + ID + "|answered\n");

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(5,
                "expected at least 5 columns (timestamp|prayer_id|attribute_name|attribute_value|user_id), found 3"));
    }

    @Test
    void badTimestampIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE + "2025-07-06T12:09:00|" + ID + "|Pat\n");

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(6,
                "unparsable timestamp '2025-07-06T12:09:00' (expected '<Month DD YYYY> at <HH:MM>')"));
    }

    @Test
    void emptyColumnsAreReported() {
        Parsed<MonthlyFile<PrayerAttribute>> parsed = readAttributes(ATTRIBUTES_SAMPLE
                + "July 06 2025 at 12:09||answered|true|system\n"
                + "July 06 2025 at 12:09|" + ID + "||true|system\n"
                + "July 06 2025 at 12:09|" + ID + "|answered|true|\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(5, "empty prayer_id"),
                new Diagnostic(6, "empty attribute_name"),
                new Diagnostic(7, "empty user_id (the original writes 'system' when there is no user)"));
    }

    @Test
    void emptyMarkUserIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE + "July 06 2025 at 12:09|" + ID + "|\n");

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(6, "empty user_id"));
    }

    @Test
    void wrongTitleIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(SKIPS_SAMPLE);

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(1, "missing header: expected 'Prayer Marks for <Month YYYY>'"));
    }

    @Test
    void badHeaderMonthIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE.replace("July 2025", "2025-07"));

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(1, "header month '2025-07' is not a '<Month YYYY>'"));
        assertThat(parsed.value().month()).isEmpty();
    }

    @Test
    void missingFormatLineIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks("Prayer Marks for July 2025\n\nJuly 06 2025 at 12:07|" + ID + "|Pat\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(2, "missing 'Format: timestamp|prayer_id|user_id' line"));
        assertThat(parsed.value().records()).hasSize(1);
    }

    @Test
    void unexpectedFormatIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE.replace("Format: timestamp|prayer_id|user_id",
                "Format: id|created_at|prayer_id|username"));

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(2, "unexpected format 'id|created_at|prayer_id|username': "
                + "expected 'timestamp|prayer_id|user_id' (the columns may mean something else)"));
    }

    @Test
    void emptyFileIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks("");

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(0, "empty file: no title line"));
    }

    @Test
    void carriageReturnIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE + "July 06 2025 at 12:09|" + ID + "|Pat\r\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(6, "carriage return in line (CRLF line endings?); line kept unread"));
    }

    @Test
    void missingFinalNewlineIsReported() {
        Parsed<MonthlyFile<PrayerMark>> parsed = readMarks(MARKS_SAMPLE + "July 06 2025 at 12:09|" + ID + "|Pa");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(6, "no newline at end of file: the last line may be truncated"));
    }

    @Test
    void refusesAPipeInTheUserAndALineBreakInTheValue() {
        assertThatThrownBy(() -> PrayerAttributesFileWriter.row(new PrayerAttribute(AT, ID, "answered", "true", "Pat|Ann")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be written losslessly");
        assertThatThrownBy(() -> PrayerAttributesFileWriter.row(new PrayerAttribute(AT, ID, "answer_testimony", "a\nb", "Pat")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> PrayerMarksFileWriter.row(new PrayerMark(AT, ID, "Pat|Ann")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
