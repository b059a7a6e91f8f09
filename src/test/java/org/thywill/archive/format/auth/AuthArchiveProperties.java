package org.thywill.archive.format.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;

/** write→read identity for every auth kind, and write(read(text)) == text for any text. */
class AuthArchiveProperties {

    // ---- write → read -------------------------------------------------------------------------

    @Property(tries = 300)
    void securityEventsSurviveWriteThenRead(@ForAll("securityEventLogs") MonthlyLog<SecurityEvent> log) {
        Parsed<MonthlyLog<SecurityEvent>> back = new SecurityEventsFileReader().read(new SecurityEventsFileWriter().write(log));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(log);
    }

    @Property(tries = 300)
    void authRequestsSurviveWriteThenRead(@ForAll("authRequestLogs") MonthlyLog<AuthRequest> log) {
        Parsed<MonthlyLog<AuthRequest>> back = new AuthRequestsFileReader().read(new AuthRequestsFileWriter().write(log));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(log);
    }

    @Property(tries = 300)
    void authApprovalsSurviveWriteThenRead(@ForAll("authApprovalLogs") MonthlyLog<AuthApproval> log) {
        Parsed<MonthlyLog<AuthApproval>> back = new AuthApprovalsFileReader().read(new AuthApprovalsFileWriter().write(log));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(log);
    }

    @Property(tries = 300)
    void notificationsSurviveWriteThenRead(@ForAll("notificationLogs") MonthlyLog<NotificationEvent> log) {
        Parsed<MonthlyLog<NotificationEvent>> back = new NotificationsFileReader().read(new NotificationsFileWriter().write(log));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(log);
    }

    @Property(tries = 300)
    void sessionsSnapshotsSurviveWriteThenRead(@ForAll("sessionsSnapshots") Snapshot<SnapshotSession> snapshot) {
        Parsed<Snapshot<SnapshotSession>> back = new SessionsSnapshotReader().read(new SessionsSnapshotWriter().write(snapshot));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(snapshot);
    }

    // ---- read → write on any text: nothing is lost, whatever the input ---------------------------

    @Property(tries = 300)
    void anySecurityEventsTextIsWrittenBackUnchanged(@ForAll("securityEventTexts") String text) {
        assertThat(new SecurityEventsFileWriter().write(new SecurityEventsFileReader().read(text).value())).isEqualTo(text);
    }

    @Property(tries = 300)
    void anyAuthRequestsTextIsWrittenBackUnchanged(@ForAll("authRequestTexts") String text) {
        assertThat(new AuthRequestsFileWriter().write(new AuthRequestsFileReader().read(text).value())).isEqualTo(text);
    }

    @Property(tries = 300)
    void anyAuthApprovalsTextIsWrittenBackUnchanged(@ForAll("authApprovalTexts") String text) {
        assertThat(new AuthApprovalsFileWriter().write(new AuthApprovalsFileReader().read(text).value())).isEqualTo(text);
    }

    @Property(tries = 300)
    void anyNotificationsTextIsWrittenBackUnchanged(@ForAll("notificationTexts") String text) {
        assertThat(new NotificationsFileWriter().write(new NotificationsFileReader().read(text).value())).isEqualTo(text);
    }

    @Property(tries = 300)
    void anySessionsSnapshotTextIsWrittenBackUnchanged(@ForAll("sessionsSnapshotTexts") String text) {
        assertThat(new SessionsSnapshotWriter().write(new SessionsSnapshotReader().read(text).value())).isEqualTo(text);
    }

    // ---- generators ---------------------------------------------------------------------------

    private static <R> Arbitrary<MonthlyLog<R>> logsOf(Arbitrary<R> rows) {
        return Combinators.combine(Tier2Arbitraries.months(), rows.list().ofMaxSize(6)).as(MonthlyLog::of);
    }

    @Provide
    Arbitrary<MonthlyLog<SecurityEvent>> securityEventLogs() {
        return logsOf(securityEvents());
    }

    private static Arbitrary<SecurityEvent> securityEvents() {
        return Combinators.combine(Tier2Arbitraries.micros(), Tier2Arbitraries.lineText(),
                        Arbitraries.oneOf(Tier2Arbitraries.names(), Tier2Arbitraries.nullableLineText()),
                        Tier2Arbitraries.nullableLineText(), Tier2Arbitraries.nullableLineText(),
                        Tier2Arbitraries.nullableLineText())
                .as(SecurityEvent::new);
    }

    @Provide
    Arbitrary<MonthlyLog<AuthRequest>> authRequestLogs() {
        Arbitrary<AuthRequest> rows = Combinators.combine(Tier2Arbitraries.micros(),
                        Arbitraries.oneOf(Tier2Arbitraries.names(), Tier2Arbitraries.nullableLineText()),
                        Tier2Arbitraries.nullableLineText(), Tier2Arbitraries.nullableLineText(),
                        Arbitraries.oneOf(Arbitraries.of("pending", "approved", "expired"), Tier2Arbitraries.lineText()),
                        Tier2Arbitraries.micros().injectNull(0.3), Arbitraries.of(true, false))
                .as(AuthRequest::new);
        return logsOf(rows);
    }

    @Provide
    Arbitrary<MonthlyLog<AuthApproval>> authApprovalLogs() {
        Arbitrary<AuthApproval> rows = Combinators.combine(Tier2Arbitraries.micros(), Tier2Arbitraries.lineText(),
                        Tier2Arbitraries.names(), Arbitraries.of("approved", "rejected"),
                        Tier2Arbitraries.lineTextWithPipes().filter(s -> !s.equals(PythonText.NONE)).injectNull(0.2))
                .as(AuthApproval::new);
        return logsOf(rows);
    }

    @Provide
    Arbitrary<MonthlyLog<NotificationEvent>> notificationLogs() {
        Arbitrary<NotificationEvent> rows = Combinators.combine(Tier2Arbitraries.micros(), Tier2Arbitraries.names(),
                        Tier2Arbitraries.lineText(), Arbitraries.of("auth_request", "approval"),
                        Arbitraries.of("created", "read", "verified"),
                        Tier2Arbitraries.lineTextWithPipes().filter(s -> !s.equals(PythonText.NONE)).injectNull(0.2))
                .as(NotificationEvent::new);
        return logsOf(rows);
    }

    @Provide
    Arbitrary<Snapshot<SnapshotSession>> sessionsSnapshots() {
        Arbitrary<SnapshotSession> rows = Combinators.combine(Arbitraries.strings().withCharRange('0', '9')
                                .withCharRange('a', 'f').ofLength(32),
                        Arbitraries.oneOf(Tier2Arbitraries.names(), Tier2Arbitraries.nullableLineText()),
                        Tier2Arbitraries.micros().injectNull(0.2), Tier2Arbitraries.micros().injectNull(0.2),
                        Tier2Arbitraries.nullableLineText(), Tier2Arbitraries.nullableLineText(),
                        Arbitraries.of(true, false))
                .as(SnapshotSession::new);
        return Combinators.combine(Tier2Arbitraries.minutes(), rows.list().ofMaxSize(6)).as(Snapshot::of);
    }

    @Provide
    Arbitrary<String> securityEventTexts() {
        return Tier2Arbitraries.fileLike(
                List.of("Security Events for July 2025", "Format: " + SecurityEventRows.FORMAT, ""), List.of(
                "2025-07-06T12:07:33.401122|session_created|Pat|1.1.1.1|UA (X; Y)|session_id=3f, fully_authenticated=True",
                "2025-07-06T12:07:33|failed_login|None|None|None|None",
                "2025-07-06T12:07:33.000000|x|a|b|c|d"), List.of());
    }

    @Provide
    Arbitrary<String> authRequestTexts() {
        return Tier2Arbitraries.fileLike(
                List.of("Authentication Requests for July 2025", "Format: " + AuthRequestRows.FORMAT, ""), List.of(
                "2025-07-06T12:07:33.389783|Pat|Phone_X|1.1.1.1|pending|expires_2025-07-13T12:07:33.389783,verification_required",
                "2025-07-06T12:07:33|Pat|None|None|pending|",
                "2025-07-06T12:07:33|Pat|d|ip|pending|verification_required,verification_required"), List.of());
    }

    @Provide
    Arbitrary<String> authApprovalTexts() {
        return Tier2Arbitraries.fileLike(
                List.of("Authentication Approvals for July 2025", "Format: " + AuthApprovalRows.FORMAT, ""), List.of(
                "2025-07-06T12:08:01.002211|req1|admin|approved|Request approved via web interface",
                "2025-07-06T12:08:01|req1|admin|rejected|a|b|None"), List.of());
    }

    @Provide
    Arbitrary<String> notificationTexts() {
        return Tier2Arbitraries.fileLike(
                List.of("Notification Events for July 2025", "Format: " + NotificationEventRows.FORMAT, ""), List.of(
                "2025-07-06T12:07:33.389783|admin|req1|auth_request|created|",
                "2025-07-06T12:07:33|admin|req1|auth_request|read|None"), List.of());
    }

    @Provide
    Arbitrary<String> sessionsSnapshotTexts() {
        return Tier2Arbitraries.fileLike(
                List.of("Session Snapshot for July 06, 2025 at 12:07", "Format: " + SnapshotSessionRows.FORMAT, ""),
                List.of(
                "3f2a|Mary Ann|2025-07-06T12:07:33.400954|2025-07-20T12:07:33|Mozilla/5.0 (X11)|None|True",
                "77aa|None|||unknown|1.1.1.1|False",
                "Total active sessions: 1"), List.of("", "Total active sessions: 1"));
    }
}
