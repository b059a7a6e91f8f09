package org.thywill.archive.format.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.testing.Samples;

class SecurityEventsFileTest {

    private final SecurityEventsFileReader reader = new SecurityEventsFileReader();
    private final SecurityEventsFileWriter writer = new SecurityEventsFileWriter();

    private static final String HEADER = "Security Events for July 2025\n"
            + "Format: timestamp|event_type|user_id|ip_address|user_agent|details\n\n";
    /** The §8 example line. */
    private static final String SESSION_CREATED =
            "2025-07-06T12:07:33.401122|session_created|Pat|1.1.1.1|UA|session_id=3f2a9c1e, fully_authenticated=True";

    @Test
    void everySampleFileRoundTripsWithoutDiagnostics() {
        List<Path> files = Samples.allArchiveFiles().stream()
                .filter(f -> ArchiveKind.of(Samples.relative(f)).orElse(null) == ArchiveKind.AUTH_SECURITY_EVENTS)
                .toList();
        assertThat(files).hasSize(21);
        int events = 0;
        for (Path f : files) {
            String text = Samples.read(f);
            Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(text);
            assertThat(parsed.diagnostics()).as(f.toString()).isEmpty();
            assertThat(parsed.value().month()).as(f.toString()).isNotNull();
            assertThat(writer.write(parsed.value())).as(f.toString()).isEqualTo(text);
            events += parsed.value().rows().size();
        }
        assertThat(events).isEqualTo(35);
    }

    @Test
    void sampleUserAgentsWithPunctuationAndNamesWithSpacesAreWholeColumns() {
        String text = Samples.read(Samples.archives("tiny").resolve("auth/2023_12_security_events.txt"));
        SecurityEvent e = reader.read(text).value().rows().get(0);
        assertThat(e.createdAt()).isEqualTo(LocalDateTime.of(2023, 12, 4, 9, 46, 9, 585_774_000));
        assertThat(e.eventType()).isEqualTo("session_created");
        assertThat(e.userId()).isEqualTo("admin");
        assertThat(e.ipAddress()).isEqualTo("198.51.100.121");
        assertThat(e.userAgent()).isEqualTo("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.1 Safari/605.1.15");
        assertThat(e.sessionId()).contains("0ddfcce9973e4944b40bde0919eba276");

        String spaced = HEADER
                + "2025-07-06T12:07:33.401122|session_created|Mary Beth Carter|2001:db8::ac8e|unknown|session_id=ab, fully_authenticated=False\n";
        assertThat(reader.read(spaced).value().rows().get(0).userId()).isEqualTo("Mary Beth Carter");
    }

    @Test
    void b22_detailsWithEqualsSignsAreData() {
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(HEADER + SESSION_CREATED + "\n"
                + "2025-07-06T13:00:00|session_deleted|Pat|unknown|unknown|session_id=3f2a9c1e, reason=manual_logout\n");

        assertThat(parsed.diagnostics()).isEmpty();
        List<SecurityEvent> rows = parsed.value().rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).details()).isEqualTo("session_id=3f2a9c1e, fully_authenticated=True");
        assertThat(rows.get(0).detailFields())
                .containsExactly(Map.entry("session_id", "3f2a9c1e"), Map.entry("fully_authenticated", "True"));
        assertThat(rows.get(1).createdAt()).isEqualTo(LocalDateTime.of(2025, 7, 6, 13, 0));
        assertThat(rows.get(1).sessionId()).contains("3f2a9c1e");
        assertThat(rows.get(1).detailFields()).containsEntry("reason", "manual_logout");
    }

    @Test
    void detailFieldsKeepCommasInsideValuesAndIgnorePlainText() {
        SecurityEvent withComma = new SecurityEvent(LocalDateTime.of(2025, 7, 6, 12, 0), "session_deleted", "Pat",
                "1.1.1.1", "UA", "session_id=ab, reason=left, came back");
        assertThat(withComma.detailFields()).containsExactly(Map.entry("session_id", "ab"),
                Map.entry("reason", "left, came back"));
        SecurityEvent plain = new SecurityEvent(LocalDateTime.of(2025, 7, 6, 12, 0), "ip_change", "Pat",
                "1.1.1.1", "UA", "IP changed from 1.1.1.1 to 2.2.2.2");
        assertThat(plain.detailFields()).isEmpty();
        assertThat(plain.sessionId()).isEmpty();
    }

    @Test
    void b26_everyPartOfTheDedupKeyIsReadExactly() {
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(HEADER
                + "2025-07-06T12:07:33.401122|failed_login|None|5.6.7.8|UA|bad code\n"
                + "2025-07-06T12:07:33.401123|failed_login|Pat|5.6.7.8|UA|bad code\n");
        List<SecurityEvent> rows = parsed.value().rows();

        assertThat(rows).extracting(SecurityEvent::eventType, SecurityEvent::userId, SecurityEvent::createdAt,
                SecurityEvent::details).containsExactly(
                org.assertj.core.groups.Tuple.tuple("failed_login", null,
                        LocalDateTime.of(2025, 7, 6, 12, 7, 33, 401_122_000), "bad code"),
                org.assertj.core.groups.Tuple.tuple("failed_login", "Pat",
                        LocalDateTime.of(2025, 7, 6, 12, 7, 33, 401_123_000), "bad code"));
    }

    @Test
    void b20_nullUserAgentAndDetailsAreRepresentable() {
        SecurityEvent e = new SecurityEvent(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000), "failed_login",
                null, null, null, null);
        String text = writer.write(MonthlyLog.of(YearMonth.of(2025, 7), List.of(e)));

        assertThat(text).isEqualTo(HEADER + "2025-07-06T12:07:33.389783|failed_login|None|None|None|None\n");
        Parsed<MonthlyLog<SecurityEvent>> back = reader.read(text);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value().rows()).containsExactly(e);
    }

    @Test
    void writesTheHeaderAndPipeReplacementOfTheOriginal() {
        SecurityEvent e = new SecurityEvent(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 401_122_000), "session_created",
                "Pat", "1.1.1.1", "Agent|X", "a|b");
        assertThat(writer.write(MonthlyLog.of(YearMonth.of(2025, 7), List.of(e))))
                .isEqualTo(HEADER + "2025-07-06T12:07:33.401122|session_created|Pat|1.1.1.1|Agent_X|a_b\n");
        assertThat(writer.write(MonthlyLog.of(YearMonth.of(2025, 7), List.of()))).isEqualTo(HEADER);
    }

    @Test
    void aLineWithTheWrongColumnCountIsKeptAndReported() {
        String text = HEADER + SESSION_CREATED + "\n2025-07-06T12:08:00|failed_login|Pat\n";
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(5,
                "expected 6 |-separated columns (timestamp|event_type|user_id|ip_address|user_agent|details), found 3"));
        assertThat(parsed.value().rows()).hasSize(1);
        assertThat(parsed.value().entries().get(1))
                .isEqualTo(FileEntry.unrecognised("2025-07-06T12:08:00|failed_login|Pat"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anUnparsableTimestampIsKeptAndReported() {
        String text = HEADER + "July 06 2025 at 12:07|failed_login|Pat|1.1.1.1|UA|bad code\n";
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "unparsable timestamp 'July 06 2025 at 12:07'"
                + " (expected an ISO timestamp like 2025-07-06T12:07:33.389783)"));
        assertThat(parsed.value().rows()).isEmpty();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aTimestampNotInTheOriginalsIsoShapeIsReported() {
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(HEADER + "2025-07-06T12:07:33.000000|x|Pat|ip|UA|d\n");
        assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
        assertThat(parsed.diagnostics().get(0).reason()).startsWith("unparsable timestamp '2025-07-06T12:07:33.000000'");
    }

    @Test
    void aWrongTitleMakesTheWholeFileUnrecognised() {
        String text = "Security Events for Smarch 2025\nFormat: timestamp|event_type|user_id|ip_address|user_agent|details\n\n"
                + SESSION_CREATED + "\n";
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(1,
                "expected the title 'Security Events for <Month Year>', found 'Security Events for Smarch 2025'"));
        assertThat(parsed.value().month()).isNull();
        assertThat(parsed.value().rows()).isEmpty();
        assertThat(parsed.value().entries()).hasSize(4);
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aMissingFormatLineIsReported() {
        String text = "Security Events for July 2025\n\n" + SESSION_CREATED + "\n";
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(2,
                "expected the line 'Format: timestamp|event_type|user_id|ip_address|user_agent|details', found ''"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aMissingBlankLineAfterTheFormatLineIsReported() {
        String text = "Security Events for July 2025\nFormat: timestamp|event_type|user_id|ip_address|user_agent|details\n"
                + SESSION_CREATED + "\n";
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(3,
                "expected a blank line after the Format line, found '" + SESSION_CREATED + "'"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anEmptyFileIsReported() {
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read("");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.ofFile(
                "empty file: expected a 'Security Events for <Month Year>' header"));
        assertThat(writer.write(parsed.value())).isEmpty();
    }

    @Test
    void aFileWithoutFinalNewlineKeepsItsBytes() {
        String text = HEADER + SESSION_CREATED;
        Parsed<MonthlyLog<SecurityEvent>> parsed = reader.read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().endsWithNewline()).isFalse();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }
}
