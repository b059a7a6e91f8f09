package org.thywill.archive.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.ExportSummaryReader;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.UnrecognisedLine;

/** What fuzzing found, as plain tests with exact expectations; and every reader has a fuzz target. */
class FuzzFindingsTest {

    @Test
    void aCarriageReturnInAnActivityUserIsADiagnosticAndTheLineIsKept() {
        String text = "Prayer 0123456789abcdef0123456789abcdef by Pat\nSubmitted March 05 2024 at 10:00\n\n"
                + "Please pray.\n\nActivity:\nMarch 05 2024 at 10:05 - Joy\rat Dawn prayed this prayer\n";
        var parsed = new PrayerFileReader().read(text);
        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(7);
        assertThat(parsed.diagnostics().get(0).reason()).contains("carriage return");
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    /**
     * A raw testimony whose text holds a blank line, {@code Activity:} and a line that is no activity: the reader
     * takes the earlier marker (the later one's section does not read clean), so the testimony keeps them. The
     * writer refused such an activity outright; the whole file reads back as itself, so it is written.
     */
    @Test
    void aTestimonyHoldingABlankLineAndActivityIsWrittenBackWhenTheFileReadsTheSame() {
        String text = "Prayer 0123456789abcdef0123456789abcdef by Pat\nSubmitted March 05 2024 at 10:00\n\n"
                + "Please pray.\n\nActivity:\nMarch 05 2024 at 10:05 - Joy added testimony: He is healed.\n\n"
                + "Activity:\nJune 58 2024 at 12:01 - Grace prayed this prayer\n";
        var parsed = new PrayerFileReader().read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().activity()).hasSize(1);
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);

        // appended alone, the same activity would make a marker of its own: still refused
        assertThatThrownBy(() -> PrayerFileWriter.activityLine(parsed.value().activity().get(0)))
                .isInstanceOf(IllegalArgumentException.class);
        // a testimony ending in a blank line and "Activity:" reads back alone, but in the file its (empty) section
        // reads clean and would take everything before it into the request: refused, not misread
        PrayerFile read = parsed.value();
        TestimonyEntry testimony = (TestimonyEntry) read.activity().get(0);
        TestimonyEntry endingInMarker = new TestimonyEntry(testimony.at(), testimony.user(),
                "He is healed.\n\nActivity:", false);
        PrayerFile splitting = new PrayerFile(read.header(), read.requestText(), read.generatedPrayer(),
                List.of(endingInMarker));
        assertThatThrownBy(() -> new PrayerFileWriter().write(splitting)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("would split the file elsewhere");

        // two kept lines, "" and "Activity:", make a marker between them: a later activity would be split off
        PrayerFile acrossLines = new PrayerFile(read.header(), read.requestText(), read.generatedPrayer(),
                List.of(testimony, new UnrecognisedLine(""), new UnrecognisedLine("Activity:"),
                        new StandardEntry(testimony.at(), "Grace", StandardAction.PRAYED)));
        assertThatThrownBy(() -> new PrayerFileWriter().write(acrossLines))
                .hasMessageContaining("would split the file elsewhere");
    }

    @Test
    void aSummaryCountLineEndingInColonRecordsIsADiagnostic() {
        String text = "Complete Database Export Summary\nExported: July 16 2025 at 17:56\n\n"
                + "This export includes all database data organized by category:\n"
                + "• prayer_data: 42 records\n• user_data: records\n";
        Parsed<?> parsed = new ExportSummaryReader().read(text);
        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(6);
        assertThat(parsed.diagnostics().get(0).reason()).contains("• user_data: records");
    }

    @Test
    void aSummaryCountWithALeadingZeroIsADiagnosticAndTheLineIsKept() {
        String text = "Complete Database Export Summary\nExported: July 16 2025 at 17:56\n\n"
                + "This export includes all database data organized by category:\n"
                + "• prayer_data: 08 records\n• user_data: 3 records";
        var parsed = new ExportSummaryReader().read(text);
        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(5);
        assertThat(parsed.diagnostics().get(0).reason()).contains("08");
        assertThat(new org.thywill.archive.format.export.ExportSummaryWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anIsoFractionOfFiveDigitsIsADiagnosticAndTheLineIsKept() {
        String text = "Invite Token Usage for June 2024\nFormat: timestamp|token|used_by_user|created_by_user|action\n\n"
                + "2024-06-22T11:27:13.30785|0927f76fea58e4be7|Sharon-Deborah Olsen|admin|token_used\n";
        var parsed = new org.thywill.archive.format.invites.InviteUsageFileReader().read(text);

        assertThat(parsed.diagnostics()).extracting(d -> d.line()).containsExactly(4);
        assertThat(parsed.diagnostics().get(0).reason()).contains("2024-06-22T11:27:13.30785");
        assertThat(new org.thywill.archive.format.invites.InviteUsageFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aSummaryExportTimeNotSpelledAsTheOriginalWritesItIsADiagnosticAndTheFileIsKept() {
        String text = "Complete Database Export Summary\nExported: JulY 16 2025 at 17:56\n\n"
                + "This export includes all database data organized by category:\n• prayer_data: 42 records";
        var parsed = new ExportSummaryReader().read(text);

        assertThat(parsed.value().exportedAt()).isNull();
        assertThat(parsed.diagnostics()).isNotEmpty();
        assertThat(parsed.diagnostics().get(0).reason()).startsWith("missing header");
        assertThat(new org.thywill.archive.format.export.ExportSummaryWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anIsoTimeWithAFractionButNoSecondsIsADiagnosticAndTheLineIsKept() {
        String text = "Feature Flag Changes for July 2025\nFormat: timestamp|flag_name|new_value|changed_by|details\n\n"
                + "2025-07-06T17:33.389783|MUTH_ENABLED|True|system|flag_changed\n";
        var parsed = new org.thywill.archive.format.system.FeatureFlagsFileReader().read(text);

        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
        assertThat(parsed.diagnostics().get(0).reason()).contains("2025-07-06T17:33.389783");
        assertThat(new org.thywill.archive.format.system.FeatureFlagsFileWriter().write(parsed.value()))
                .isEqualTo(text);
    }

    @Test
    void everyReaderHasAFuzzTarget() {
        Arrays.stream(ArchiveKind.values())
                .map(k -> ArchiveFormats.reader(k).orElseThrow().getClass())
                .distinct()
                .forEach(reader -> assertThat(exists("org.thywill.archive.fuzz." + reader.getSimpleName() + "FuzzTest"))
                        .as("a fuzz target for %s", reader.getName()).isTrue());
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, FuzzFindingsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
