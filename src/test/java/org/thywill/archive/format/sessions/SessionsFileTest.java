package org.thywill.archive.format.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;

class SessionsFileTest {

    private static final String HEADER = "Sessions for July 2025 (exported July 06 2025 at 12:07)\n"
            + "Format: created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated\n";
    private static final String EXPORT_HEADER = "Sessions for July 2025 (exported July 16 2025 at 17:56)\n"
            + "Format: created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated\n";
    private static final String SID = "3f2a0000000000000000000000000e1";

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static Parsed<PipeTable<SessionRecord>> read(String text) {
        return new SessionsFileReader().read(text);
    }

    private static String write(PipeTable<SessionRecord> file) {
        return new SessionsFileWriter().write(file);
    }

    @Test
    void liveLayoutFromTheReference() {
        String text = HEADER + "\n"
                + "July 06 2025 at 12:07|" + SID + "|Mary Ann|July 20 2025 at 12:07|Mozilla/5.0 (X11)||no\n";
        Parsed<PipeTable<SessionRecord>> parsed = read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records()).containsExactly(new SessionRecord(at("2025-07-06T12:07"), SID, "Mary Ann",
                at("2025-07-20T12:07"), "Mozilla/5.0 (X11)", null, false));
        assertThat(SessionsFormat.isExportLayout(parsed.value())).isFalse();
        assertThat(SessionsFormat.month(parsed.value())).contains(YearMonth.of(2025, 7));
        assertThat(SessionsFormat.headerTime(parsed.value())).contains(at("2025-07-06T12:07"));
        assertThat(write(parsed.value())).isEqualTo(text);
    }

    @Test
    void liveFactoryWritesWhatTheLiveWriterLeaves() {
        PipeTable<SessionRecord> file = SessionsFormat.live(YearMonth.of(2025, 7), at("2025-07-06T12:07"), List.of(
                new SessionRecord(at("2025-07-06T12:07"), SID, "Mary Ann", at("2025-07-20T12:07"), "Agent|v1", null, true)));
        assertThat(write(file)).isEqualTo(HEADER + "\n"
                + "July 06 2025 at 12:07|" + SID + "|Mary Ann|July 20 2025 at 12:07|Agent_v1||yes\n");
    }

    @Test
    void exportLayout() {
        String text = EXPORT_HEADER + "\n\n"
                + "July 06 2025 at 12:07|" + SID + "|Pat|July 20 2025 at 12:07|unknown|unknown|yes\n"
                + "July 06 2025 at 12:08|s2|Mary Ann|July 20 2025 at 12:08|Agent | with bar|1.1.1.1|no";
        Parsed<PipeTable<SessionRecord>> parsed = read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(SessionsFormat.isExportLayout(parsed.value())).isTrue();
        assertThat(parsed.value().records()).containsExactly(
                new SessionRecord(at("2025-07-06T12:07"), SID, "Pat", at("2025-07-20T12:07"), null, null, true),
                new SessionRecord(at("2025-07-06T12:08"), "s2", "Mary Ann", at("2025-07-20T12:08"), "Agent | with bar",
                        "1.1.1.1", false));
        assertThat(write(parsed.value())).isEqualTo(text);
        assertThat(write(SessionsFormat.export(YearMonth.of(2025, 7), at("2025-07-16T17:56"),
                parsed.value().records()))).isEqualTo(text);
    }

    @Test
    void b27_unknownIpIsNullInTheExportLayoutButALiteralInTheLiveOne() {
        String row = "July 06 2025 at 12:07|s1|Pat|July 20 2025 at 12:07|unknown|unknown|yes";
        assertThat(read(EXPORT_HEADER + "\n\n" + row).value().records().get(0).ipAddress()).isNull();
        SessionRecord live = read(HEADER + "\n" + row + "\n").value().records().get(0);
        assertThat(live.ipAddress()).isEqualTo("unknown");
        assertThat(live.deviceInfo()).isEqualTo("unknown");
    }

    @Test
    void b29_gluedLineIsReadAsTwoRecordsWithOneDiagnostic() {
        String exported = EXPORT_HEADER + "\n\n"
                + "July 06 2025 at 12:07|s1|Pat|July 20 2025 at 12:07|unknown|1.1.1.1|yes";
        String liveAppend = "July 16 2025 at 17:56|s2|Mary Ann|July 30 2025 at 17:56|Mozilla/5.0 (X11)||no\n";
        Parsed<PipeTable<SessionRecord>> parsed = read(exported + liveAppend);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(5, "2 session records glued on one line "
                + "(a live append after export-all, which writes no final newline); read as separate rows"));
        assertThat(parsed.value().records()).containsExactly(
                new SessionRecord(at("2025-07-06T12:07"), "s1", "Pat", at("2025-07-20T12:07"), null, "1.1.1.1", true),
                new SessionRecord(at("2025-07-16T17:56"), "s2", "Mary Ann", at("2025-07-30T17:56"), "Mozilla/5.0 (X11)",
                        null, false));

        String repaired = write(parsed.value());
        assertThat(repaired).isEqualTo(exported + "\n"
                + "July 16 2025 at 17:56|s2|Mary Ann|July 30 2025 at 17:56|Mozilla/5.0 (X11)|unknown|no\n");
        Parsed<PipeTable<SessionRecord>> again = read(repaired);
        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.value().records()).isEqualTo(parsed.value().records());
    }

    @Test
    void b22_deviceWithEqualsSignIsData() {
        String text = HEADER + "\n" + "July 06 2025 at 12:07|s1|Pat|July 20 2025 at 12:07|Agent; key=value (a, b)/2|1.1.1.1|yes\n";
        Parsed<PipeTable<SessionRecord>> parsed = read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().records().get(0).deviceInfo()).isEqualTo("Agent; key=value (a, b)/2");
    }

    @Test
    void wrongColumnCountIsReportedAndKept() {
        String text = HEADER + "\n" + "July 06 2025 at 12:07|s1|Pat|July 20 2025 at 12:07|Agent|yes\n";
        Parsed<PipeTable<SessionRecord>> parsed = read(text);
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "expected 7 columns, found 6"));
        assertThat(write(parsed.value())).isEqualTo(text);
    }

    @Test
    void badTimestampIsReported() {
        String text = HEADER + "\n" + "July 06 2025 at 12:07|s1|Pat|soon|Agent|1.1.1.1|yes\n";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(4, "bad timestamp in expires_at: 'soon'"));
    }

    @Test
    void badBooleanIsReported() {
        String text = HEADER + "\n" + "July 06 2025 at 12:07|s1|Pat|July 20 2025 at 12:07|Agent|1.1.1.1|perhaps\n";
        assertThat(read(text).diagnostics()).containsExactly(
                Diagnostic.atLine(4, "bad boolean in is_fully_authenticated: 'perhaps' (expected yes or no)"));
    }

    @Test
    void missingHeaderIsReported() {
        String text = "Sessions for Julember 2025\n"
                + "Format: created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated\n\n";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(1,
                "missing header: expected 'Sessions for <MONYEAR> (exported <TS>)', found 'Sessions for Julember 2025'"));
    }

    @Test
    void unexpectedFormatLineIsReported() {
        String text = "Sessions for July 2025 (exported July 06 2025 at 12:07)\nFormat: session_id|user_id\n\n";
        assertThat(read(text).diagnostics()).containsExactly(Diagnostic.atLine(2, "unexpected Format line: expected "
                + "'Format: created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated', "
                + "found 'Format: session_id|user_id'"));
    }

    @Test
    void headerOnlyLiveFileRoundTrips() {
        String text = HEADER + "\n";
        Parsed<PipeTable<SessionRecord>> parsed = read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().rows()).isEmpty();
        assertThat(write(parsed.value())).isEqualTo(text);
    }
}
