package org.thywill.archive.format.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.MonthlyLog;
import org.thywill.archive.format.auth.Snapshot;
import org.thywill.archive.format.auth.Tier2Arbitraries;

/** write→read identity for every system kind, and write(read(text)) == text for any text. */
class SystemArchiveProperties {

    // ---- write → read -------------------------------------------------------------------------

    @Property(tries = 300)
    void activeSessionsSurviveWriteThenRead(@ForAll("activeSnapshots") ActiveSessionsSnapshot snapshot) {
        Parsed<ActiveSessionsSnapshot> back = new ActiveSessionsSnapshotReader()
                .read(new ActiveSessionsSnapshotWriter().write(snapshot));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(snapshot);
    }

    @Property(tries = 300)
    void eventLogsSurviveWriteThenRead(@ForAll("eventLogs") EventLogFile file) {
        Parsed<EventLogFile> back = new EventLogFileReader().read(new EventLogFileWriter().write(file));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(file);
    }

    @Property(tries = 300)
    void sessionEventFieldsSurviveTheMessage(@ForAll("sessionIds") String sessionId, @ForAll("events") String event,
                                             @ForAll("users") String user) {
        EventLogEntry e = EventLogEntry.session(OffsetDateTime.now(), sessionId, event, user);
        assertThat(e.sessionEvent()).contains(new EventLogEntry.SessionEvent(sessionId, event, user));
    }

    @Property(tries = 300)
    void systemConfigsSurviveWriteThenRead(@ForAll("configs") Snapshot<ConfigItem> snapshot) {
        Parsed<Snapshot<ConfigItem>> back = new SystemConfigReader().read(new SystemConfigWriter().write(snapshot));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(snapshot);
    }

    @Property(tries = 300)
    void featureFlagsSurviveWriteThenRead(@ForAll("flagLogs") MonthlyLog<FeatureFlagChange> log) {
        Parsed<MonthlyLog<FeatureFlagChange>> back = new FeatureFlagsFileReader().read(new FeatureFlagsFileWriter().write(log));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(log);
    }

    // ---- read → write on any text: nothing is lost, whatever the input ---------------------------

    @Property(tries = 300)
    void anyActiveSessionsTextIsWrittenBackUnchanged(@ForAll("activeSnapshotTexts") String text) {
        assertThat(new ActiveSessionsSnapshotWriter().write(new ActiveSessionsSnapshotReader().read(text).value()))
                .isEqualTo(text);
    }

    @Property(tries = 300)
    void anyEventLogTextIsWrittenBackUnchanged(@ForAll("eventLogTexts") String text) {
        assertThat(new EventLogFileWriter().write(new EventLogFileReader().read(text).value())).isEqualTo(text);
    }

    @Property(tries = 300)
    void anySystemConfigTextIsWrittenBackUnchanged(@ForAll("configTexts") String text) {
        assertThat(new SystemConfigWriter().write(new SystemConfigReader().read(text).value())).isEqualTo(text);
    }

    @Property(tries = 300)
    void anyFeatureFlagsTextIsWrittenBackUnchanged(@ForAll("flagTexts") String text) {
        assertThat(new FeatureFlagsFileWriter().write(new FeatureFlagsFileReader().read(text).value())).isEqualTo(text);
    }

    // ---- generators ---------------------------------------------------------------------------

    @Provide
    Arbitrary<ActiveSessionsSnapshot> activeSnapshots() {
        Arbitrary<String> username = Arbitraries.oneOf(Tier2Arbitraries.names(), Tier2Arbitraries.lineText());
        Arbitrary<ActiveSession> sessions = Combinators.combine(
                        Combinators.combine(sessionIds(), username.injectNull(0.2), username)
                                .as((id, display, user) -> new String[] {id, display, user})
                                .filter(a -> !"Unknown User".equals(a[1])),
                        Tier2Arbitraries.micros(), Tier2Arbitraries.micros(), Tier2Arbitraries.nullableLineText(),
                        Tier2Arbitraries.nonEmptyLineText().filter(s -> !s.equals("Unknown")).injectNull(0.2),
                        Arbitraries.of(true, false))
                .as((names, created, expires, ip, device, fully) -> new ActiveSession(names[0], names[1],
                        names[2], created, expires, ip, device, fully));
        return Combinators.combine(Tier2Arbitraries.microsUtc(), sessions.list().ofMaxSize(5))
                .as(ActiveSessionsSnapshot::of);
    }

    @Provide
    Arbitrary<String> sessionIds() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(32),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(10));
    }

    @Provide
    Arbitrary<String> events() {
        return Arbitraries.oneOf(Arbitraries.of("created", "updated", "expired", "deleted"),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(10));
    }

    @Provide
    Arbitrary<String> users() {
        return Arbitraries.oneOf(Tier2Arbitraries.names(), Tier2Arbitraries.lineTextWithPipes());
    }

    @Provide
    Arbitrary<EventLogFile> eventLogs() {
        Arbitrary<EventLogEntry> plain = Combinators.combine(Tier2Arbitraries.microsUtc(),
                Tier2Arbitraries.lineTextWithPipes()).as(EventLogEntry::new);
        Arbitrary<EventLogEntry> session = Combinators.combine(Tier2Arbitraries.microsUtc(), sessionIds(), events(),
                users()).as(EventLogEntry::session);
        return Arbitraries.oneOf(plain, session).list().ofMaxSize(6).map(EventLogFile::of);
    }

    @Provide
    Arbitrary<Snapshot<ConfigItem>> configs() {
        Arbitrary<ConfigItem> items = Combinators.combine(
                        Tier2Arbitraries.lineText().map(s -> s.replace("=", "")),
                        Arbitraries.oneOf(Tier2Arbitraries.lineTextWithPipes(), Arbitraries.just(ConfigItem.REDACTED)))
                .as(ConfigItem::new);
        return Combinators.combine(Tier2Arbitraries.minutes(), items.list().ofMaxSize(6)).as(Snapshot::of);
    }

    @Provide
    Arbitrary<MonthlyLog<FeatureFlagChange>> flagLogs() {
        Arbitrary<FeatureFlagChange> rows = Combinators.combine(Tier2Arbitraries.micros(), Tier2Arbitraries.lineText(),
                        Tier2Arbitraries.lineTextWithPipes(), Tier2Arbitraries.names())
                .as(FeatureFlagChange::of);
        return Combinators.combine(Tier2Arbitraries.months(), rows.list().ofMaxSize(6)).as(MonthlyLog::of);
    }

    private static final String BLOCK = "Session 0b4a427a18014675aaa1ca95251579c7:\n"
            + "  User: Chloe H. (ID: Chloe H.)\n"
            + "  Created: 2025-01-16 16:39:31.894854\n"
            + "  Expires: 2025-01-30 16:39:31\n"
            + "  IP: None\n"
            + "  Device: Unknown\n"
            + "  Fully authenticated: True\n";

    @Provide
    Arbitrary<String> activeSnapshotTexts() {
        List<String> blockLines = List.of(BLOCK.split("\n"));
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.just(BLOCK), Arbitraries.just(BLOCK + "\n"),
                Arbitraries.of(blockLines).map(l -> l + "\n"), Arbitraries.just("\n"),
                Arbitraries.strings().all().ofMaxLength(12));
        Arbitrary<String> header = Arbitraries.of("# Active Sessions Snapshot\n# Generated: 2025-01-25T03:17:27.207585+00:00\n"
                + "# Total active sessions: 2\n\n", "# Active Sessions Snapshot\n# Generated: x\n", "");
        return Combinators.combine(header, part.list().ofMaxSize(6)).as((h, parts) -> h + String.join("", parts));
    }

    @Provide
    Arbitrary<String> eventLogTexts() {
        return Tier2Arbitraries.fileLike(List.of(), List.of(
                "2023-12-04T09:46:09.586217+00:00 - Session 0ddfcce9973e4944b40bde0919eba276 created for user admin",
                "2023-12-04T09:46:09+00:00 - Invite token x created",
                "2023-12-04T09:46:09.586217Z - Session a created for user b",
                "2023-12-04T09:46:09.586217+02:00 - x"), List.of());
    }

    @Provide
    Arbitrary<String> configTexts() {
        return Tier2Arbitraries.fileLike(List.of("System Configuration - Snapshot July 06, 2025 at 12:07",
                        "Format: key=value", ""),
                List.of("ANTHROPIC_API_KEY=[REDACTED]", "A=b=c|d", "=", "NOEQUALS"),
                List.of("", "Configuration items: 2"));
    }

    @Provide
    Arbitrary<String> flagTexts() {
        return Tier2Arbitraries.fileLike(List.of("Feature Flag Changes for July 2025",
                        "Format: " + FeatureFlagRows.FORMAT, ""),
                List.of("2025-07-06T12:07:33.389783|MULTI_DEVICE_AUTH_ENABLED|True|system|flag_changed",
                        "2025-07-06T12:07:33|X|a|b|c|Mary Ann|flag_changed"),
                List.of());
    }
}
