package org.thywill.archive.format.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.FileEntry;
import org.thywill.archive.format.auth.Snapshot;

class SystemConfigTest {

    private final SystemConfigReader reader = new SystemConfigReader();
    private final SystemConfigWriter writer = new SystemConfigWriter();

    private static final String FIXTURE = "System Configuration - Snapshot July 06, 2025 at 12:07\n"
            + "Format: key=value\n"
            + "\n"
            + "ANTHROPIC_API_KEY=[REDACTED]\n"
            + "MULTI_DEVICE_AUTH_ENABLED=true\n"
            + "TEXT_ARCHIVE_BASE_DIR=./text_archives\n"
            + "WELCOME=a=b|c\n"
            + "\n"
            + "Configuration items: 4";

    @Test
    void theOriginalsSnapshotRoundTripsWithoutDiagnostics() {
        Parsed<Snapshot<ConfigItem>> parsed = reader.read(FIXTURE);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().takenAt()).isEqualTo(LocalDateTime.of(2025, 7, 6, 12, 7));
        assertThat(parsed.value().items()).containsExactly(new ConfigItem("ANTHROPIC_API_KEY", "[REDACTED]"),
                new ConfigItem("MULTI_DEVICE_AUTH_ENABLED", "true"),
                new ConfigItem("TEXT_ARCHIVE_BASE_DIR", "./text_archives"), new ConfigItem("WELCOME", "a=b|c"));
        assertThat(parsed.value().items().get(0).isRedacted()).isTrue();
        assertThat(writer.write(parsed.value())).isEqualTo(FIXTURE);
    }

    @Test
    void theOriginalsOrderAndRedactionAreApplied() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("WELCOME", "a=b|c");
        config.put("TEXT_ARCHIVE_BASE_DIR", "./text_archives");
        config.put("ANTHROPIC_API_KEY", "sk-123");
        config.put("MULTI_DEVICE_AUTH_ENABLED", "true");
        assertThat(writer.write(SystemConfigSnapshots.of(LocalDateTime.of(2025, 7, 6, 12, 7), config))).isEqualTo(FIXTURE);

        Map<String, String> secrets = Map.of("db_Password", "x", "Secret_Sauce", "y", "lowercase", "z");
        assertThat(SystemConfigSnapshots.of(LocalDateTime.of(2025, 7, 6, 12, 7), secrets).items()).containsExactly(
                new ConfigItem("Secret_Sauce", "[REDACTED]"), new ConfigItem("db_Password", "[REDACTED]"),
                new ConfigItem("lowercase", "z"));
    }

    @Test
    void anEmptySnapshotIsTheFrameOnly() {
        String text = writer.write(SystemConfigSnapshots.of(LocalDateTime.of(2025, 7, 6, 12, 7), Map.of()));
        assertThat(text).isEqualTo("System Configuration - Snapshot July 06, 2025 at 12:07\nFormat: key=value\n\n\n"
                + "Configuration items: 0");
        assertThat(reader.read(text).diagnostics()).isEmpty();
    }

    @Test
    void aLineWithoutEqualsSignIsKeptAndReported() {
        String text = FIXTURE.replace("MULTI_DEVICE_AUTH_ENABLED=true", "MULTI_DEVICE_AUTH_ENABLED");
        Parsed<Snapshot<ConfigItem>> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(5,
                "expected 'KEY=value', found 'MULTI_DEVICE_AUTH_ENABLED'"));
        assertThat(parsed.value().entries().get(1)).isEqualTo(FileEntry.unrecognised("MULTI_DEVICE_AUTH_ENABLED"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aWrongFormatLineIsReported() {
        String text = FIXTURE.replace("Format: key=value", "Format: key: value");
        Parsed<Snapshot<ConfigItem>> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(2, "expected the line 'Format: key=value'"));
        assertThat(parsed.value().takenAt()).isNull();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }
}
