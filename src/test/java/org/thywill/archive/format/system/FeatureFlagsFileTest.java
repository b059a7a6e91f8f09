package org.thywill.archive.format.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.MonthlyLog;

class FeatureFlagsFileTest {

    private final FeatureFlagsFileReader reader = new FeatureFlagsFileReader();
    private final FeatureFlagsFileWriter writer = new FeatureFlagsFileWriter();

    private static final String HEADER = "Feature Flag Changes for July 2025\n"
            + "Format: timestamp|flag_name|new_value|changed_by|details\n\n";
    private static final String FIXTURE = HEADER
            + "2025-07-06T12:07:33.389783|MULTI_DEVICE_AUTH_ENABLED|True|system|flag_changed\n"
            + "2025-07-06T13:00:00|BANNER|a|b|Mary Ann|flag_changed\n";

    @Test
    void theOriginalsLinesRoundTripWithoutDiagnostics() {
        Parsed<MonthlyLog<FeatureFlagChange>> parsed = reader.read(FIXTURE);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().rows()).containsExactly(
                FeatureFlagChange.of(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000), "MULTI_DEVICE_AUTH_ENABLED",
                        "True", null),
                FeatureFlagChange.of(LocalDateTime.of(2025, 7, 6, 13, 0), "BANNER", "a|b", "Mary Ann"));
        assertThat(writer.write(parsed.value())).isEqualTo(FIXTURE);
    }

    @Test
    void writesTheOriginalsHeaderAndLine() {
        FeatureFlagChange f = FeatureFlagChange.of(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000), "X", "42", "");
        assertThat(writer.write(MonthlyLog.of(YearMonth.of(2025, 7), List.of(f))))
                .isEqualTo(HEADER + "2025-07-06T12:07:33.389783|X|42|system|flag_changed\n");
    }

    @Test
    void tooFewColumnsAreReported() {
        Parsed<MonthlyLog<FeatureFlagChange>> parsed = reader.read(HEADER + "2025-07-06T12:07:33|X|42\n");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "expected at least 5 |-separated columns"
                + " (timestamp|flag_name|new_value|changed_by|details), found 3"));
    }
}
