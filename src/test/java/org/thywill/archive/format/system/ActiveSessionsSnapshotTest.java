package org.thywill.archive.format.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.FileEntry;
import org.thywill.archive.testing.Samples;

class ActiveSessionsSnapshotTest {

    private final ActiveSessionsSnapshotReader reader = new ActiveSessionsSnapshotReader();
    private final ActiveSessionsSnapshotWriter writer = new ActiveSessionsSnapshotWriter();

    private static final String HEADER = "# Active Sessions Snapshot\n"
            + "# Generated: 2025-01-25T03:17:27.207585+00:00\n";

    private static String block(String id, String user, String ip, String device) {
        return "Session " + id + ":\n"
                + "  User: " + user + "\n"
                + "  Created: 2025-01-16 16:39:31.894854\n"
                + "  Expires: 2025-01-30 16:39:31\n"
                + "  IP: " + ip + "\n"
                + "  Device: " + device + "\n"
                + "  Fully authenticated: True\n";
    }

    @Test
    void bothSampleFilesRoundTripWithoutDiagnostics() {
        List<Path> files = Samples.allArchiveFiles().stream()
                .filter(f -> ArchiveKind.of(Samples.relative(f)).orElse(null) == ArchiveKind.ACTIVE_SESSIONS)
                .toList();
        assertThat(files).hasSize(2);
        for (Path f : files) {
            String text = Samples.read(f);
            Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
            assertThat(parsed.diagnostics()).as(f.toString()).isEmpty();
            assertThat(parsed.value().entries()).as(f.toString()).allMatch(e -> e instanceof FileEntry.Understood);
            assertThat(writer.write(parsed.value())).as(f.toString()).isEqualTo(text);
        }
    }

    @Test
    void b28_theHeaderBlockIsNotASession() {
        String text = Samples.read(Samples.archives("community").resolve("system/current_state/active_sessions.txt"));
        ActiveSessionsSnapshot s = reader.read(text).value();

        assertThat(s.generated()).isEqualTo(OffsetDateTime.of(2025, 1, 25, 3, 17, 27, 207_585_000, ZoneOffset.UTC));
        assertThat(s.declaredTotal()).isEqualTo(2);
        assertThat(s.sessions()).extracting(ActiveSession::sessionId)
                .containsExactly("0b4a427a18014675aaa1ca95251579c7", "623b03a824a142ca8d49ba411db9fe2c");
        assertThat(s.sessions().get(1)).isEqualTo(new ActiveSession("623b03a824a142ca8d49ba411db9fe2c", "Chloe H.",
                "Chloe H.", LocalDateTime.of(2025, 1, 25, 3, 17, 27, 206_404_000),
                LocalDateTime.of(2025, 2, 8, 3, 17, 27, 206_048_000), "198.51.100.179",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/120.0.6099.144 Mobile Safari/537.36", true));
    }

    @Test
    void b28_ipNoneAndDeviceUnknownAreNullAndWrittenBackAsTheSameBytes() {
        String text = HEADER + "# Total active sessions: 1\n\n" + block("ab12", "Unknown User (ID: ghost)", "None", "Unknown");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        ActiveSession s = parsed.value().sessions().get(0);
        assertThat(s.ipAddress()).isNull();
        assertThat(s.deviceInfo()).isNull();
        assertThat(s.displayName()).isNull();
        assertThat(s.username()).isEqualTo("ghost");
        assertThat(s.expiresAt()).isEqualTo(LocalDateTime.of(2025, 1, 30, 16, 39, 31));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anEmptyDeviceIsWrittenUnknownAsTheOriginalDoes() {
        ActiveSession s = new ActiveSession("ab12", "Pat", "Pat", LocalDateTime.of(2025, 1, 16, 16, 39, 31, 894_854_000),
                LocalDateTime.of(2025, 1, 30, 16, 39, 31), "", "", false);
        String text = writer.write(ActiveSessionsSnapshot.of(
                OffsetDateTime.of(2025, 1, 25, 3, 17, 27, 207_585_000, ZoneOffset.UTC), List.of(s)));
        assertThat(text).isEqualTo(HEADER + "# Total active sessions: 1\n\n" + "Session ab12:\n  User: Pat (ID: Pat)\n"
                + "  Created: 2025-01-16 16:39:31.894854\n  Expires: 2025-01-30 16:39:31\n  IP: \n"
                + "  Device: Unknown\n  Fully authenticated: False\n");
    }

    @Test
    void displayNamesWithParenthesesAreSplitAtTheIdSuffix() {
        String text = HEADER + "# Total active sessions: 3\n\n"
                + block("a1", "Anne (Annie) - Marie (ID: Anne (Annie) - Marie)", "1.1.1.1", "UA") + "\n"
                + block("a2", "Bob (ID: 3) (ID: Bob (ID: 3))", "1.1.1.1", "UA") + "\n"
                + block("a3", "Carol (ID: x) (ID: carol)", "1.1.1.1", "UA");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().sessions()).extracting(ActiveSession::displayName, ActiveSession::username)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anne (Annie) - Marie", "Anne (Annie) - Marie"),
                        org.assertj.core.groups.Tuple.tuple("Bob (ID: 3)", "Bob (ID: 3)"),
                        org.assertj.core.groups.Tuple.tuple("Carol (ID: x)", "carol"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anEmptySnapshotIsTheHeaderOnly() {
        String text = HEADER + "# Total active sessions: 0\n";
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().sessions()).isEmpty();
        assertThat(writer.write(ActiveSessionsSnapshot.of(parsed.value().generated(), List.of()))).isEqualTo(text);
    }

    @Test
    void aBrokenBlockIsKeptAndReportedOnceAtItsBadLine() {
        String broken = block("a1", "Pat (ID: Pat)", "1.1.1.1", "UA").replace("  IP: 1.1.1.1\n", "");
        String text = HEADER + "# Total active sessions: 2\n\n" + broken + "\n" + block("a2", "Mary (ID: Mary)", "None", "UA");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(
                Diagnostic.atLine(9, "expected '  IP: <ip or None>', found '  Device: UA'"),
                Diagnostic.atLine(3, "the header says 2 active sessions but 1 session blocks follow"));
        assertThat(parsed.value().sessions()).extracting(ActiveSession::sessionId).containsExactly("a2");
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anUnparsableCreatedTimeIsReported() {
        String text = HEADER + "# Total active sessions: 1\n\n"
                + block("a1", "Pat (ID: Pat)", "ip", "UA").replace("2025-01-16 16:39:31.894854", "2025-01-16T16:39:31");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).first().isEqualTo(Diagnostic.atLine(7, "unparsable time in"
                + " '  Created: 2025-01-16T16:39:31' (expected Python str(datetime) like 2025-01-16 16:39:31.894854)"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aUserLineWithoutIdIsReported() {
        String text = HEADER + "# Total active sessions: 1\n\n" + block("a1", "Pat", "ip", "UA");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).first().isEqualTo(Diagnostic.atLine(6,
                "expected '  User: <name> (ID: <username>)', found '  User: Pat'"));
    }

    @Test
    void aStrayLineIsKeptAndReported() {
        String text = HEADER + "# Total active sessions: 1\n\n" + block("a1", "Pat (ID: Pat)", "ip", "UA") + "\nnote to self\n";
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(13,
                "unexpected line outside a session block (expected 'Session <id>:'), found 'note to self'"));
        assertThat(parsed.value().sessions()).hasSize(1);
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aBlockNotFollowedByABlankLineIsKeptAndReported() {
        String text = HEADER + "# Total active sessions: 1\n\n" + block("a1", "Pat (ID: Pat)", "ip", "UA") + "note to self";
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(
                Diagnostic.atLine(12, "expected a blank line after the session block, found 'note to self'"),
                Diagnostic.atLine(3, "the header says 1 active sessions but 0 session blocks follow"));
        assertThat(parsed.value().sessions()).isEmpty();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aTruncatedFileIsReported() {
        String text = HEADER + "# Total active sessions: 1\n\nSession a1:\n  User: Pat (ID: Pat)\n  Created: 2025-01-16 16:39";
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).first().isEqualTo(Diagnostic.atLine(7,
                "unparsable time in '  Created: 2025-01-16 16:39' (expected Python str(datetime) like 2025-01-16 16:39:31.894854)"));
        String cut = HEADER + "# Total active sessions: 1\n\nSession a1:\n  User: Pat (ID: Pat)\n";
        assertThat(reader.read(cut).diagnostics()).first().isEqualTo(Diagnostic.atLine(7,
                "expected '  Created: <YYYY-MM-DD HH:MM:SS.ffffff>', found ''"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aBadHeaderIsReportedAndTheSessionsAfterItAreStillRead() {
        String text = "# Active Sessions\n# Generated: 2025-01-25T03:17:27.207585+00:00\n# Total active sessions: 1\n\n"
                + block("a1", "Pat (ID: Pat)", "ip", "UA");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(1,
                "expected the line '# Active Sessions Snapshot', found '# Active Sessions'"));
        assertThat(parsed.value().generated()).isNull();
        assertThat(parsed.value().sessions()).extracting(ActiveSession::sessionId).containsExactly("a1");
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aGeneratedTimeWithoutOffsetIsReported() {
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(
                "# Active Sessions Snapshot\n# Generated: 2025-01-25T03:17:27.207585\n# Total active sessions: 0\n");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(2, "unparsable time in"
                + " '# Generated: 2025-01-25T03:17:27.207585' (expected an ISO timestamp with offset like 2025-01-25T03:17:27.207585+00:00)"));
    }

    @Test
    void aMissingBlankLineAfterTheHeaderIsReported() {
        String text = HEADER + "# Total active sessions: 1\n" + block("a1", "Pat (ID: Pat)", "ip", "UA");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4,
                "expected a blank line after the header, found 'Session a1:'"));
        assertThat(parsed.value().sessions()).extracting(ActiveSession::sessionId).containsExactly("a1");
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anEmptyDeviceIsReported() {
        String text = HEADER + "# Total active sessions: 1\n\n" + block("a1", "Pat (ID: Pat)", "ip", "");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).first().isEqualTo(Diagnostic.atLine(10,
                "empty device (the original writes 'Unknown' for none)"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aBadFullyAuthenticatedValueIsReported() {
        String text = HEADER + "# Total active sessions: 1\n\n"
                + block("a1", "Pat (ID: Pat)", "ip", "UA").replace("authenticated: True", "authenticated: true");
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).first().isEqualTo(Diagnostic.atLine(11,
                "in '  Fully authenticated: true': expected True or False, found 'true'"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aBadTotalLineIsReported() {
        Parsed<ActiveSessionsSnapshot> parsed = reader.read(HEADER + "# Total active sessions: two\n");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(3,
                "expected '# Total active sessions: <N>', found '# Total active sessions: two'"));
    }
}
