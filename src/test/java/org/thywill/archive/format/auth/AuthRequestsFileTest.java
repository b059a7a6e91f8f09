package org.thywill.archive.format.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class AuthRequestsFileTest {

    private final AuthRequestsFileReader reader = new AuthRequestsFileReader();
    private final AuthRequestsFileWriter writer = new AuthRequestsFileWriter();

    private static final String HEADER = "Authentication Requests for July 2025\n"
            + "Format: timestamp|user_id|device_info|ip_address|status|details\n\n";
    /** The §8 example, plus the other shapes the original's details take. */
    private static final String FIXTURE = HEADER
            + "2025-07-06T12:07:33.389783|Pat|Phone_X|1.1.1.1|pending|expires_2025-07-13T12:07:33.389783,verification_required\n"
            + "2025-07-06T12:09:00.000001|Mary Ann|Mozilla/5.0 (X11; Linux x86_64)|2001:db8::1|approved|expires_2025-07-13T12:09:00.000001\n"
            + "2025-07-06T12:10:00|Joy at Dawn||None|pending|verification_required\n"
            + "2025-07-06T12:11:00|O'Brien|None|None|expired|\n";

    @Test
    void theOriginalsLinesRoundTripWithoutDiagnostics() {
        Parsed<MonthlyLog<AuthRequest>> parsed = reader.read(FIXTURE);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().month()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(writer.write(parsed.value())).isEqualTo(FIXTURE);
    }

    @Test
    void requestDetailsAreParsedIntoFields() {
        List<AuthRequest> rows = reader.read(FIXTURE).value().rows();
        assertThat(rows).containsExactly(
                new AuthRequest(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000), "Pat", "Phone_X", "1.1.1.1",
                        "pending", LocalDateTime.of(2025, 7, 13, 12, 7, 33, 389_783_000), true),
                new AuthRequest(LocalDateTime.of(2025, 7, 6, 12, 9, 0, 1_000), "Mary Ann",
                        "Mozilla/5.0 (X11; Linux x86_64)", "2001:db8::1", "approved",
                        LocalDateTime.of(2025, 7, 13, 12, 9, 0, 1_000), false),
                new AuthRequest(LocalDateTime.of(2025, 7, 6, 12, 10), "Joy at Dawn", "", null, "pending", null, true),
                new AuthRequest(LocalDateTime.of(2025, 7, 6, 12, 11), "O'Brien", null, null, "expired", null, false));
    }

    @Test
    void writesTheOriginalsLineForARequest() {
        AuthRequest r = new AuthRequest(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000), "Pat", "Phone|X",
                "1.1.1.1", "pending", LocalDateTime.of(2025, 7, 13, 12, 7, 33, 389_783_000), true);
        assertThat(writer.write(MonthlyLog.of(YearMonth.of(2025, 7), List.of(r)))).isEqualTo(HEADER
                + "2025-07-06T12:07:33.389783|Pat|Phone_X|1.1.1.1|pending|expires_2025-07-13T12:07:33.389783,verification_required\n");
    }

    @Test
    void unrecognisedRequestDetailsAreKeptAndReported() {
        String text = HEADER + "2025-07-06T12:07:33|Pat|Phone|1.1.1.1|pending|verification_required,expires_2025-07-13T12:07:33\n";
        Parsed<MonthlyLog<AuthRequest>> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "unrecognised request details"
                + " 'verification_required,expires_2025-07-13T12:07:33' (expected expires_<ISO>[,verification_required])"));
        assertThat(writer.write(parsed.value())).isEqualTo(text);
    }

    @Test
    void anUnparsableExpiryIsReported() {
        Parsed<MonthlyLog<AuthRequest>> parsed = reader.read(HEADER + "2025-07-06T12:07:33|Pat|Phone|ip|pending|expires_soon\n");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4,
                "unparsable expiry 'soon' (expected an ISO timestamp like 2025-07-06T12:07:33.389783)"));
    }

    @Test
    void aWrongTitleIsReported() {
        Parsed<MonthlyLog<AuthRequest>> parsed = reader.read("Security Events for July 2025\n"
                + "Format: timestamp|user_id|device_info|ip_address|status|details\n\n");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(1, "expected the title"
                + " 'Authentication Requests for <Month Year>', found 'Security Events for July 2025'"));
    }
}
