package org.thywill.archive.format.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.format.export.RecordArbitraries.barText;
import static org.thywill.archive.format.export.RecordArbitraries.hexIds;
import static org.thywill.archive.format.export.RecordArbitraries.minuteTimes;
import static org.thywill.archive.format.export.RecordArbitraries.multiLineText;
import static org.thywill.archive.format.export.RecordArbitraries.orNone;
import static org.thywill.archive.format.export.RecordArbitraries.plainName;
import static org.thywill.archive.format.export.RecordArbitraries.plainText;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;

/** For arbitrary records of every export-all dump, reading what the writer wrote gives them back. */
class ExportDumpsProperties {

    private static <R> void roundTrips(ExportDumpKind<R> kind, PipeTable<R> dump) {
        String text = kind.writer().write(dump);
        Parsed<PipeTable<R>> parsed = kind.reader().read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(dump);
    }

    private static <R> void roundTrips(ExportDumpKind<R> kind, LocalDateTime exportedAt, List<R> records) {
        roundTrips(kind, kind.dump(exportedAt, records));
    }

    @Property(tries = 1000)
    void prayerAttributes(@ForAll("exportedAt") LocalDateTime at, @ForAll("attributes") List<ExportedPrayerAttribute> r) {
        roundTrips(ExportDumps.PRAYER_ATTRIBUTES, at, r);
    }

    @Property(tries = 1000)
    void prayerMarks(@ForAll("exportedAt") LocalDateTime at, @ForAll("marks") List<ExportedPrayerMark> r) {
        roundTrips(ExportDumps.PRAYER_MARKS, at, r);
    }

    @Property(tries = 1000)
    void prayerSkips(@ForAll("exportedAt") LocalDateTime at, @ForAll("skips") List<ExportedPrayerSkip> r) {
        roundTrips(ExportDumps.PRAYER_SKIPS, at, r);
    }

    @Property(tries = 1000)
    void activityLogs(@ForAll("exportedAt") LocalDateTime at, @ForAll("activityLogs") List<ExportedActivityLog> r) {
        roundTrips(ExportDumps.ACTIVITY_LOGS, at, r);
    }

    @Property(tries = 1000)
    void notificationStates(@ForAll("exportedAt") LocalDateTime at,
                            @ForAll("notifications") List<ExportedNotificationState> r) {
        roundTrips(ExportDumps.NOTIFICATION_STATES, at, r);
    }

    @Property(tries = 1000)
    void authRequests(@ForAll("exportedAt") LocalDateTime at, @ForAll("authRequests") List<ExportedAuthRequest> r) {
        roundTrips(ExportDumps.AUTH_REQUESTS, at, r);
    }

    @Property(tries = 1000)
    void authApprovals(@ForAll("exportedAt") LocalDateTime at, @ForAll("approvals") List<ExportedAuthApproval> r) {
        roundTrips(ExportDumps.AUTH_APPROVALS, at, r);
    }

    @Property(tries = 1000)
    void authAuditLogs(@ForAll("exportedAt") LocalDateTime at, @ForAll("auditLogs") List<ExportedAuthAuditLog> r) {
        roundTrips(ExportDumps.AUTH_AUDIT_LOGS, at, r);
    }

    @Property(tries = 1000)
    void inviteTokens(@ForAll("exportedAt") LocalDateTime at, @ForAll("inviteTokens") List<ExportedInviteToken> r) {
        roundTrips(ExportDumps.INVITE_TOKENS, at, r);
    }

    @Property(tries = 1000)
    void inviteTokenUsage(@ForAll("exportedAt") LocalDateTime at,
                          @ForAll("inviteUsage") List<ExportedInviteTokenUsage> r) {
        roundTrips(ExportDumps.INVITE_TOKEN_USAGE, at, r);
    }

    @Property(tries = 1000)
    void roles(@ForAll("exportedAt") LocalDateTime at, @ForAll("roles") List<ExportedRole> r) {
        roundTrips(ExportDumps.ROLES, at, r);
    }

    @Property(tries = 1000)
    void userRoles(@ForAll("exportedAt") LocalDateTime at, @ForAll("userRoles") List<ExportedUserRole> r) {
        roundTrips(ExportDumps.USER_ROLES, at, r);
    }

    @Property(tries = 1000)
    void securityEvents(@ForAll("exportedAt") LocalDateTime at, @ForAll("securityEvents") List<ExportedSecurityEvent> r) {
        roundTrips(ExportDumps.SECURITY_EVENTS, ExportDumps.SECURITY_EVENTS.dump(YearMonth.from(at), at, r));
    }

    @Property(tries = 1000)
    void changelog(@ForAll("exportedAt") LocalDateTime at, @ForAll("changelog") List<ExportedChangelogEntry> r) {
        roundTrips(ExportDumps.CHANGELOG, at, r);
    }

    @Property(tries = 1000)
    void summary(@ForAll("exportedAt") LocalDateTime at, @ForAll("categories") List<CategoryCount> counts) {
        ExportSummary summary = ExportSummary.of(at, counts);
        Parsed<ExportSummary> parsed = new ExportSummaryReader().read(new ExportSummaryWriter().write(summary));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(summary);
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<LocalDateTime> exportedAt() {
        return minuteTimes();
    }

    private static <R> Arbitrary<List<R>> rows(Arbitrary<R> record) {
        return record.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<ExportedPrayerAttribute>> attributes() {
        return rows(Combinators.combine(hexIds(), minuteTimes(), hexIds(), plainText(), orNone(barText(), ""),
                orNone(plainText(), "None")).as(ExportedPrayerAttribute::new));
    }

    @Provide
    Arbitrary<List<ExportedPrayerMark>> marks() {
        return rows(Combinators.combine(hexIds(), minuteTimes(), hexIds(), plainText()).as(ExportedPrayerMark::new));
    }

    @Provide
    Arbitrary<List<ExportedPrayerSkip>> skips() {
        return rows(Combinators.combine(hexIds(), minuteTimes(), hexIds(), plainText()).as(ExportedPrayerSkip::new));
    }

    @Provide
    Arbitrary<List<ExportedActivityLog>> activityLogs() {
        return rows(Combinators.combine(hexIds(), minuteTimes(), hexIds(), plainText(), plainText(),
                orNone(barText(), ""), orNone(barText(), "")).as(ExportedActivityLog::new));
    }

    @Provide
    Arbitrary<List<ExportedNotificationState>> notifications() {
        return rows(Combinators.combine(hexIds(), minuteTimes(), plainText(), hexIds(), plainText(),
                Arbitraries.of(true, false), minuteTimes().injectNull(0.3)).as(ExportedNotificationState::new));
    }

    @Provide
    Arbitrary<List<ExportedAuthRequest>> authRequests() {
        return rows(Combinators.combine(hexIds(), minuteTimes(), plainText(), orNone(barText(), "unknown"),
                orNone(plainName(), "unknown"), plainText(), minuteTimes()).as(ExportedAuthRequest::new));
    }

    @Provide
    Arbitrary<List<ExportedAuthApproval>> approvals() {
        return rows(Combinators.combine(minuteTimes(), hexIds(), plainText()).as(ExportedAuthApproval::new));
    }

    @Provide
    Arbitrary<List<ExportedAuthAuditLog>> auditLogs() {
        return rows(Combinators.combine(minuteTimes(), hexIds(), plainText(), orNone(plainName(), "unknown"),
                orNone(plainName(), "unknown"), orNone(barText().filter(s -> !s.isEmpty()), ""),
                orNone(plainName(), "unknown"), orNone(barText().filter(s -> !s.isEmpty()), "unknown"))
                .as(ExportedAuthAuditLog::new));
    }

    @Provide
    Arbitrary<List<ExportedInviteToken>> inviteTokens() {
        return rows(Combinators.combine(hexIds(), plainText(), Arbitraries.integers().between(-5, 1_000_000),
                Arbitraries.integers().between(1, 1000).injectNull(0.3), minuteTimes(), orNone(plainName(), "none"))
                .as(ExportedInviteToken::new));
    }

    @Provide
    Arbitrary<List<ExportedInviteTokenUsage>> inviteUsage() {
        return rows(Combinators.combine(minuteTimes(), hexIds(), plainText(), orNone(plainName(), "unknown"))
                .as(ExportedInviteTokenUsage::new));
    }

    @Provide
    Arbitrary<List<ExportedRole>> roles() {
        Arbitrary<String> permission = Arbitraries.of("read", "write_own", "pray", "*", "a|b", "|", "é 李", "x = y")
                .map(s -> "\"" + s + "\"");
        Arbitrary<String> permissions = permission.list().ofMaxSize(4)
                .map(l -> l.stream().collect(Collectors.joining(", ", "[", "]")));
        return rows(Combinators.combine(hexIds(), plainText(), orNone(barText(), ""), permissions,
                orNone(plainName(), "system"), Arbitraries.of(true, false)).as(ExportedRole::new));
    }

    @Provide
    Arbitrary<List<ExportedUserRole>> userRoles() {
        return rows(Combinators.combine(hexIds(), minuteTimes(), plainText(), hexIds(), orNone(plainName(), "system"),
                minuteTimes().injectNull(0.3)).as(ExportedUserRole::new));
    }

    @Provide
    Arbitrary<List<ExportedSecurityEvent>> securityEvents() {
        return rows(Combinators.combine(minuteTimes(), plainText(), orNone(plainName(), "anonymous"),
                orNone(plainName(), "unknown"), orNone(barText().filter(s -> !s.isEmpty()), ""))
                .as(ExportedSecurityEvent::new));
    }

    @Provide
    Arbitrary<List<ExportedChangelogEntry>> changelog() {
        Arbitrary<String> friendly = multiLineText().filter(s -> !s.contains("\\\\n") && !s.isEmpty()).injectNull(0.2);
        return rows(Combinators.combine(minuteTimes(), hexIds(), multiLineText(), friendly,
                orNone(plainName(), ""), minuteTimes()).as(ExportedChangelogEntry::new));
    }

    @Provide
    Arbitrary<List<CategoryCount>> categories() {
        return Combinators.combine(plainText(), Arbitraries.integers().between(-3, 100_000)).as(CategoryCount::new)
                .list().ofMaxSize(6);
    }
}
