package org.thywill.archive.format.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.FileEntry;
import org.thywill.archive.testing.Samples;

class EventLogFileTest {

    private final EventLogFileReader reader = new EventLogFileReader();
    private final EventLogFileWriter writer = new EventLogFileWriter();

    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 7, 6, 12, 7, 33, 400_954_000, ZoneOffset.UTC);

    @Test
    void everySampleFileRoundTripsWithoutDiagnostics() {
        List<Path> files = Samples.allArchiveFiles().stream()
                .filter(f -> ArchiveKind.of(Samples.relative(f)).orElse(null) == ArchiveKind.EVENT_LOG)
                .toList();
        assertThat(files).hasSize(21);
        int events = 0;
        for (Path f : files) {
            String text = Samples.read(f);
            Parsed<EventLogFile> parsed = reader.read(text);
            assertThat(parsed.diagnostics()).as(f.toString()).isEmpty();
            assertThat(parsed.value().events()).as(f.toString()).allMatch(e -> e.sessionEvent().isPresent());
            assertThat(writer.write(parsed.value())).as(f.toString()).isEqualTo(text);
            events += parsed.value().events().size();
        }
        assertThat(events).isEqualTo(35);
    }

    @Test
    void sessionEventsAreParsedIntoFieldsWithWholeUserNames() {
        String text = "2025-07-06T12:07:33.400954+00:00 - Session 3f2a9c1e created for user Pat\n"
                + "2024-01-03T07:01:06.538031+00:00 - Session 6d8f created for user Joy at Dawn - for user x\n"
                + "2024-01-03T07:01:07+00:00 - Session 6d8f deleted for user \n";
        List<EventLogEntry> events = reader.read(text).value().events();

        assertThat(events.get(0)).isEqualTo(EventLogEntry.session(AT, "3f2a9c1e", "created", "Pat"));
        assertThat(events.get(0).sessionEvent()).contains(new EventLogEntry.SessionEvent("3f2a9c1e", "created", "Pat"));
        assertThat(events.get(1).sessionEvent())
                .contains(new EventLogEntry.SessionEvent("6d8f", "created", "Joy at Dawn - for user x"));
        assertThat(events.get(2).timestamp()).isEqualTo(OffsetDateTime.of(2024, 1, 3, 7, 1, 7, 0, ZoneOffset.UTC));
        assertThat(events.get(2).sessionEvent()).contains(new EventLogEntry.SessionEvent("6d8f", "deleted", ""));
        assertThat(writer.write(reader.read(text).value())).isEqualTo(text);
    }

    @Test
    void theOtherVariantsAreKeptAsMessages() {
        String text = "2025-07-06T12:07:33.400954+00:00 - Admin role granted for user Mary Ann by admin\n"
                + "2025-07-06T12:07:33.400954+00:00 - Invite token abcd1234abcd1234 created\n"
                + "2025-07-06T12:07:33.400954+00:00 - Auth request 1f2e approved for user Pat\n"
                + "2025-07-06T12:07:33.400954+00:00 - custom: {\"a\": \"b - c\"}\n";
        Parsed<EventLogFile> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().events()).extracting(EventLogEntry::message).containsExactly(
                "Admin role granted for user Mary Ann by admin", "Invite token abcd1234abcd1234 created",
                "Auth request 1f2e approved for user Pat", "custom: {\"a\": \"b - c\"}");
        assertThat(parsed.value().events()).allMatch(e -> e.sessionEvent().isEmpty());
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aLineWithoutTheSeparatorIsKeptAndReported() {
        String text = "2025-07-06T12:07:33.400954+00:00 - Session a created for user Pat\ngarbage\n";
        Parsed<EventLogFile> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(2,
                "expected '<ISO timestamp> - <event>', found 'garbage'"));
        assertThat(parsed.value().entries().get(1)).isEqualTo(FileEntry.unrecognised("garbage"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void aTimestampWithoutOffsetIsReported() {
        String text = "2025-07-06T12:07:33.400954 - Session a created for user Pat\n";
        Parsed<EventLogFile> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(1, "unparsable timestamp"
                + " '2025-07-06T12:07:33.400954' (expected an ISO timestamp with offset like 2023-12-04T09:46:09.586217+00:00)"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void writesOneLinePerEventEndingWithANewline() {
        assertThat(writer.write(EventLogFile.of(List.of(EventLogEntry.session(AT, "3f2a9c1e", "created", "Mary Ann")))))
                .isEqualTo("2025-07-06T12:07:33.400954+00:00 - Session 3f2a9c1e created for user Mary Ann\n");
    }
}
