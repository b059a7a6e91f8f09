package org.thywill.archive.format.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class SessionsSnapshotTest {

    private final SessionsSnapshotReader reader = new SessionsSnapshotReader();
    private final SessionsSnapshotWriter writer = new SessionsSnapshotWriter();

    private static final String HEAD = "Session Snapshot for July 06, 2025 at 12:07\n"
            + "Format: session_id|user_id|created_at|expires_at|device_info|ip_address|is_fully_authenticated\n\n";
    private static final String FIXTURE = HEAD
            + "3f2a9c1e|Mary Ann|2025-07-06T12:07:33.400954|2025-07-20T12:07:33.400954|Mozilla/5.0 (X11)|None|True\n"
            + "77aa|Pat|||unknown_device|1.1.1.1|False\n"
            + "\nTotal active sessions: 2";

    @Test
    void theOriginalsSnapshotRoundTripsWithoutDiagnostics() {
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read(FIXTURE);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().takenAt()).isEqualTo(LocalDateTime.of(2025, 7, 6, 12, 7));
        assertThat(parsed.value().items()).containsExactly(
                new SnapshotSession("3f2a9c1e", "Mary Ann", LocalDateTime.of(2025, 7, 6, 12, 7, 33, 400_954_000),
                        LocalDateTime.of(2025, 7, 20, 12, 7, 33, 400_954_000), "Mozilla/5.0 (X11)", null, true),
                new SnapshotSession("77aa", "Pat", null, null, "unknown_device", "1.1.1.1", false));
        assertThat(writer.write(parsed.value())).isEqualTo(FIXTURE);
    }

    @Test
    void anEmptySnapshotIsTheOriginalsFrame() {
        String text = writer.write(Snapshot.of(LocalDateTime.of(2025, 7, 6, 12, 7), List.of()));
        assertThat(text).isEqualTo(HEAD + "\nTotal active sessions: 0");
        assertThat(reader.read(text).diagnostics()).isEmpty();
    }

    @Test
    void aCountThatDiffersFromTheRowsIsReportedOnTheCountLine() {
        String text = HEAD + "77aa|Pat|||d|1.1.1.1|False\n\nTotal active sessions: 3";
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(6,
                "the count line says 3 but 1 item lines are listed"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aBadBooleanIsKeptAndReported() {
        String text = HEAD + "77aa|Pat|||d|1.1.1.1|yes\n\nTotal active sessions: 1";
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "expected True or False, found 'yes'"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aMissingCountLineMakesTheFileUnrecognised() {
        String text = HEAD + "77aa|Pat|||d|1.1.1.1|False\n";
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4,
                "expected the file to end with a blank line and 'Total active sessions: <N>'"));
        assertThat(parsed.value().takenAt()).isNull();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aMissingBlankLineBeforeTheCountIsReported() {
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read(HEAD + "77aa|Pat|||d|1.1.1.1|False\nTotal active sessions: 1");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4,
                "expected a blank line before 'Total active sessions: <N>'"));
    }

    @Test
    void anEmptyFileIsReported() {
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read("");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.ofFile(
                "empty file: expected a 'Session Snapshot for <Month DD, YYYY at HH:MM>' title"));
        assertThat(writer.write(parsed.value())).isEmpty();
    }

    @Test
    void aMissingBlankLineAfterTheFormatLineIsReported() {
        String text = HEAD.replace("is_fully_authenticated\n\n", "is_fully_authenticated\n")
                + "77aa|Pat|||d|1.1.1.1|False\n\nTotal active sessions: 1";
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(3, "expected a blank line after the Format line"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aRowWithTheWrongColumnCountIsReported() {
        String text = HEAD + "77aa|Pat|||d|1.1.1.1\n\nTotal active sessions: 1";
        assertThat(reader.read(text).diagnostics()).containsExactly(Diagnostic.atLine(4, "expected 7 |-separated columns"
                + " (session_id|user_id|created_at|expires_at|device_info|ip_address|is_fully_authenticated), found 6"));
    }

    @Test
    void aTitleWithoutTheCommaTimeIsReported() {
        Parsed<Snapshot<SnapshotSession>> parsed = reader.read("Session Snapshot for July 06 2025 at 12:07\n"
                + "Format: session_id|user_id|created_at|expires_at|device_info|ip_address|is_fully_authenticated\n\n"
                + "\nTotal active sessions: 0");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(1, "expected the title 'Session Snapshot for "
                + "<Month DD, YYYY at HH:MM>', found 'Session Snapshot for July 06 2025 at 12:07'"));
    }
}
