package org.thywill.archive.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.ExportSummaryReader;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;

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
