package org.thywill.archive.format.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class NotificationsFileTest {

    private final NotificationsFileReader reader = new NotificationsFileReader();
    private final NotificationsFileWriter writer = new NotificationsFileWriter();

    private static final String HEADER = "Notification Events for July 2025\n"
            + "Format: timestamp|user_id|auth_request_id|notification_type|action|details\n\n";
    private static final String FIXTURE = HEADER
            + "2025-07-06T12:07:33.389783|admin|req1|auth_request|created|\n"
            + "2025-07-06T12:09:10.397015|Mary Ann|req1|auth_request|read|read_at=2025-07-06T12:09:10.397015\n";

    @Test
    void theOriginalsLinesRoundTripWithoutDiagnostics() {
        Parsed<MonthlyLog<NotificationEvent>> parsed = reader.read(FIXTURE);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().rows()).containsExactly(
                new NotificationEvent(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000), "admin", "req1",
                        "auth_request", "created", ""),
                new NotificationEvent(LocalDateTime.of(2025, 7, 6, 12, 9, 10, 397_015_000), "Mary Ann", "req1",
                        "auth_request", "read", "read_at=2025-07-06T12:09:10.397015"));
        assertThat(writer.write(parsed.value())).isEqualTo(FIXTURE);
    }

    @Test
    void aReadAtDetailIsAvailableAsATime() {
        List<NotificationEvent> rows = reader.read(FIXTURE).value().rows();
        assertThat(rows.get(0).readAt()).isEmpty();
        assertThat(rows.get(1).readAt()).contains(LocalDateTime.of(2025, 7, 6, 12, 9, 10, 397_015_000));
    }

    @Test
    void writesTheOriginalsHeaderForANewMonth() {
        NotificationEvent n = new NotificationEvent(LocalDateTime.of(2025, 7, 6, 12, 7, 33, 389_783_000), "admin",
                "req1", "auth_request", "created", "");
        assertThat(writer.write(MonthlyLog.of(YearMonth.of(2025, 7), List.of(n))))
                .isEqualTo(HEADER + "2025-07-06T12:07:33.389783|admin|req1|auth_request|created|\n");
    }

    @Test
    void anUnparsableTimestampIsReported() {
        Parsed<MonthlyLog<NotificationEvent>> parsed = reader.read(HEADER + "yesterday|admin|req1|auth_request|created|\n");
        assertThat(parsed.diagnostics()).containsExactly(Diagnostic.atLine(4,
                "unparsable timestamp 'yesterday' (expected an ISO timestamp like 2025-07-06T12:07:33.389783)"));
        assertThat(parsed.value().entries()).containsExactly(
                FileEntry.unrecognised("yesterday|admin|req1|auth_request|created|"));
    }
}
