package org.thywill.archive.format.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class AuthApprovalsFileTest {

    private final AuthApprovalsFileReader reader = new AuthApprovalsFileReader();
    private final AuthApprovalsFileWriter writer = new AuthApprovalsFileWriter();

    private static final String HEADER = "Authentication Approvals for July 2025\n"
            + "Format: timestamp|auth_request_id|approver_user_id|action|details\n\n";
    private static final String FIXTURE = HEADER
            + "2025-07-06T12:08:01.002211|req1|admin|approved|Request approved via web interface\n"
            + "2025-07-06T12:09:00|req2|Anne - Marie|rejected|Not me | someone else\n"
            + "2025-07-06T12:10:00|req3|Pat|approved|\n";

    @Test
    void theOriginalsLinesRoundTripWithoutDiagnostics() {
        Parsed<MonthlyLog<AuthApproval>> parsed = reader.read(FIXTURE);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(writer.write(parsed.value())).isEqualTo(FIXTURE);
    }

    @Test
    void theUnescapedDetailsColumnKeepsItsPipes() {
        assertThat(reader.read(FIXTURE).value().rows()).containsExactly(
                new AuthApproval(LocalDateTime.of(2025, 7, 6, 12, 8, 1, 2_211_000), "req1", "admin", "approved",
                        "Request approved via web interface"),
                new AuthApproval(LocalDateTime.of(2025, 7, 6, 12, 9), "req2", "Anne - Marie", "rejected",
                        "Not me | someone else"),
                new AuthApproval(LocalDateTime.of(2025, 7, 6, 12, 10), "req3", "Pat", "approved", ""));
    }

    @Test
    void nullDetailsAreWrittenNone() {
        AuthApproval a = new AuthApproval(LocalDateTime.of(2025, 7, 6, 12, 10), "req3", "Pat", "approved", null);
        String text = writer.write(MonthlyLog.of(YearMonth.of(2025, 7), List.of(a)));
        assertThat(text).isEqualTo(HEADER + "2025-07-06T12:10:00|req3|Pat|approved|None\n");
        assertThat(reader.read(text).value().rows()).containsExactly(a);
    }

    @Test
    void tooFewColumnsAreReported() {
        Parsed<MonthlyLog<AuthApproval>> parsed = reader.read(HEADER + "2025-07-06T12:10:00|req3|Pat\n");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4, "expected at least 5 |-separated columns"
                + " (timestamp|auth_request_id|approver_user_id|action|details), found 3"));
    }
}
