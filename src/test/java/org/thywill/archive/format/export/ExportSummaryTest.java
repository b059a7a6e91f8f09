package org.thywill.archive.format.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class ExportSummaryTest {

    private static final String SUMMARY = """
            Complete Database Export Summary
            Exported: July 16 2025 at 17:56

            This export includes all database data organized by category:
            • prayer_data: 42 records
            • user_data: 3 records
            • user_attributes: 6 records
            • sessions: 7 records""";

    @Test
    void readsAndWritesTheSummaryByteForByte() {
        Parsed<ExportSummary> parsed = new ExportSummaryReader().read(SUMMARY);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(ExportSummary.of(LocalDateTime.parse("2025-07-16T17:56"), List.of(
                new CategoryCount("prayer_data", 42), new CategoryCount("user_data", 3),
                new CategoryCount("user_attributes", 6), new CategoryCount("sessions", 7))));
        assertThat(new ExportSummaryWriter().write(parsed.value())).isEqualTo(SUMMARY);
    }

    @Test
    void summaryWithNoCategoryEndsWithTheIntroLine() {
        ExportSummary empty = ExportSummary.of(LocalDateTime.parse("2025-07-16T17:56"), List.of());
        String text = new ExportSummaryWriter().write(empty);

        assertThat(text).endsWith("organized by category:");
        assertThat(new ExportSummaryReader().read(text)).isEqualTo(Parsed.clean(empty));
    }

    @Test
    void badCategoryLineIsReportedAndKept() {
        String text = SUMMARY + "\n• roles: many records";
        Parsed<ExportSummary> parsed = new ExportSummaryReader().read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(9, "bad number in count: 'many'"));
        assertThat(new ExportSummaryWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void lineOfAnotherShapeIsReportedAndKept() {
        String text = SUMMARY + "\nTotal: 58 records";
        Parsed<ExportSummary> parsed = new ExportSummaryReader().read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(9,
                "expected '• <category>: <n> records', found 'Total: 58 records'"));
        assertThat(new ExportSummaryWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void missingHeaderIsReportedAndEveryLineKept() {
        String text = "Exported: July 16 2025 at 17:56\n• sessions: 7 records";
        Parsed<ExportSummary> parsed = new ExportSummaryReader().read(text);

        assertThat(parsed.diagnostics()).hasSize(2);
        assertThat(parsed.diagnostics().get(0).line()).isEqualTo(1);
        assertThat(parsed.diagnostics().get(0).reason()).startsWith("missing header: expected 'Complete Database");
        assertThat(parsed.value().exportedAt()).isNull();
        assertThat(new ExportSummaryWriter().write(parsed.value())).isEqualTo(text);
    }
}
