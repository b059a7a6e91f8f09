package org.thywill.archive.format.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;

/** Every export-all dump read and written back, with fixtures built from reference §2.6 and §8. */
class ExportDumpsTest {

    private static final String EXPORTED = " (exported July 16 2025 at 17:56)";
    private static final String P = "bf3c16094f1546babd1d3566471db805";

    static <R> List<R> roundTrip(ExportDumpKind<R> kind, String text) {
        Parsed<PipeTable<R>> parsed = kind.reader().read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().unrecognised()).isEmpty();
        assertThat(kind.writer().write(parsed.value())).isEqualTo(text);
        return parsed.value().records();
    }

    static String dump(String title, String format, String... rows) {
        return title + EXPORTED + "\nFormat: " + format + "\n\n\n" + String.join("\n", rows);
    }

    static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void prayerMarks() {
        String text = dump("Prayer Marks", "id|created_at|prayer_id|username",
                "00a4d8e5da23408c8616515ffa968cfb|July 06 2025 at 12:10|" + P + "|Pat",
                "11b4d8e5da23408c8616515ffa968cfb|January 02 2024 at 03:04|" + P + "|Mary Ann");
        assertThat(roundTrip(ExportDumps.PRAYER_MARKS, text)).containsExactly(
                new ExportedPrayerMark("00a4d8e5da23408c8616515ffa968cfb", at("2025-07-06T12:10"), P, "Pat"),
                new ExportedPrayerMark("11b4d8e5da23408c8616515ffa968cfb", at("2024-01-02T03:04"), P, "Mary Ann"));
    }

    @Test
    void prayerAttributes() {
        String text = dump("Prayer Attributes", "id|created_at|prayer_id|attribute_name|attribute_value|created_by",
                "a1|July 06 2025 at 12:09|" + P + "|answered|true|Mary Ann",
                "a2|July 07 2025 at 09:20|" + P + "|answer_testimony|God is good\\|she recovered|None",
                "a3|July 07 2025 at 09:20|" + P + "|archived||system");
        assertThat(roundTrip(ExportDumps.PRAYER_ATTRIBUTES, text)).containsExactly(
                new ExportedPrayerAttribute("a1", at("2025-07-06T12:09"), P, "answered", "true", "Mary Ann"),
                new ExportedPrayerAttribute("a2", at("2025-07-07T09:20"), P, "answer_testimony",
                        "God is good|she recovered", null),
                new ExportedPrayerAttribute("a3", at("2025-07-07T09:20"), P, "archived", null, "system"));
    }

    @Test
    void prayerSkips() {
        String text = dump("Prayer Skips", "id|created_at|prayer_id|user_id",
                "s1|July 06 2025 at 12:07|" + P + "|Joy at Dawn");
        assertThat(roundTrip(ExportDumps.PRAYER_SKIPS, text)).containsExactly(
                new ExportedPrayerSkip("s1", at("2025-07-06T12:07"), P, "Joy at Dawn"));
    }

    @Test
    void activityLogs() {
        String text = dump("Prayer Activity Logs", "id|created_at|prayer_id|user_id|action|old_value|new_value",
                "l1|July 06 2025 at 12:10|" + P + "|Pat|prayed||true",
                "l2|July 10 2025 at 08:00|" + P + "|admin|set_daily_priority|2025-07-09|2025-07-10",
                "l3|July 07 2025 at 09:20|" + P + "|Mary Ann|set_answer_testimony||a\\|b\\|c");
        assertThat(roundTrip(ExportDumps.ACTIVITY_LOGS, text)).containsExactly(
                new ExportedActivityLog("l1", at("2025-07-06T12:10"), P, "Pat", "prayed", null, "true"),
                new ExportedActivityLog("l2", at("2025-07-10T08:00"), P, "admin", "set_daily_priority", "2025-07-09",
                        "2025-07-10"),
                new ExportedActivityLog("l3", at("2025-07-07T09:20"), P, "Mary Ann", "set_answer_testimony", null,
                        "a|b|c"));
    }

    @Test
    void notificationStates() {
        String text = dump("User Notification States",
                "id|created_at|user_id|auth_request_id|notification_type|is_read|read_at",
                "ed54|July 06 2025 at 12:07|admin|req1|auth_request|no|never",
                "ed55|July 06 2025 at 12:08|admin|req2|auth_request|yes|July 06 2025 at 12:30");
        assertThat(roundTrip(ExportDumps.NOTIFICATION_STATES, text)).containsExactly(
                new ExportedNotificationState("ed54", at("2025-07-06T12:07"), "admin", "req1", "auth_request", false,
                        null),
                new ExportedNotificationState("ed55", at("2025-07-06T12:08"), "admin", "req2", "auth_request", true,
                        at("2025-07-06T12:30")));
    }

    @Test
    void authRequests() {
        String text = dump("Authentication Requests", "id|created_at|user_id|device_info|ip_address|status|expires_at",
                "r1|July 06 2025 at 12:07|Pat|Phone_X|1.1.1.1|pending|July 13 2025 at 12:07",
                "r2|July 06 2025 at 12:08|Mary Ann|unknown|unknown|approved|July 13 2025 at 12:08");
        assertThat(roundTrip(ExportDumps.AUTH_REQUESTS, text)).containsExactly(
                new ExportedAuthRequest("r1", at("2025-07-06T12:07"), "Pat", "Phone_X", "1.1.1.1", "pending",
                        at("2025-07-13T12:07")),
                new ExportedAuthRequest("r2", at("2025-07-06T12:08"), "Mary Ann", null, null, "approved",
                        at("2025-07-13T12:08")));
    }

    @Test
    void authApprovals() {
        String text = dump("Authentication Approvals", "created_at|auth_request_id|approver_user_id",
                "July 06 2025 at 12:08|req1|admin");
        assertThat(roundTrip(ExportDumps.AUTH_APPROVALS, text)).containsExactly(
                new ExportedAuthApproval(at("2025-07-06T12:08"), "req1", "admin"));
    }

    @Test
    void authAuditLogs() {
        String text = dump("Authentication Audit Logs",
                "created_at|auth_request_id|action|actor_user_id|actor_type|details|ip_address|user_agent",
                "July 06 2025 at 12:08|req1|approved|admin|admin|Request approved via web interface|1.1.1.1|Mozilla/5.0 (X11)",
                "July 06 2025 at 12:09|req1|viewed|unknown|unknown||unknown|unknown");
        assertThat(roundTrip(ExportDumps.AUTH_AUDIT_LOGS, text)).containsExactly(
                new ExportedAuthAuditLog(at("2025-07-06T12:08"), "req1", "approved", "admin", "admin",
                        "Request approved via web interface", "1.1.1.1", "Mozilla/5.0 (X11)"),
                new ExportedAuthAuditLog(at("2025-07-06T12:09"), "req1", "viewed", null, null, null, null, null));
    }

    @Test
    void inviteTokens() {
        String text = dump("Invite Tokens", "token|created_by_user|usage_count|max_uses|expires_at|used_by_user_id",
                "abcd1234abcd1234|admin|1|unlimited|July 07 2025 at 00:07|Pat",
                "feedfeedfeedfeed|system|0|3|July 08 2025 at 00:07|none");
        assertThat(roundTrip(ExportDumps.INVITE_TOKENS, text)).containsExactly(
                new ExportedInviteToken("abcd1234abcd1234", "admin", 1, null, at("2025-07-07T00:07"), "Pat"),
                new ExportedInviteToken("feedfeedfeedfeed", "system", 0, 3, at("2025-07-08T00:07"), null));
    }

    @Test
    void inviteTokenUsage() {
        String text = dump("Invite Token Usage", "claimed_at|invite_token_id|user_id|ip_address",
                "July 06 2025 at 12:07|abcd1234abcd1234|Pat|1.1.1.1",
                "July 06 2025 at 12:09|feedfeedfeedfeed|Mary Ann|unknown");
        assertThat(roundTrip(ExportDumps.INVITE_TOKEN_USAGE, text)).containsExactly(
                new ExportedInviteTokenUsage(at("2025-07-06T12:07"), "abcd1234abcd1234", "Pat", "1.1.1.1"),
                new ExportedInviteTokenUsage(at("2025-07-06T12:09"), "feedfeedfeedfeed", "Mary Ann", null));
    }

    @Test
    void roles() {
        String text = dump("System Roles", "id|role_name|description|permissions|created_by|is_system_role",
                "bde6|admin|System administrator|[\"*\"]|system|yes",
                "c0ff|user|Regular user|[\"read\", \"write_own\", \"pray\"]|system|yes",
                "d00d|moderator||[]|admin|no");
        assertThat(roundTrip(ExportDumps.ROLES, text)).containsExactly(
                new ExportedRole("bde6", "admin", "System administrator", "[\"*\"]", null, true),
                new ExportedRole("c0ff", "user", "Regular user", "[\"read\", \"write_own\", \"pray\"]", null, true),
                new ExportedRole("d00d", "moderator", null, "[]", "admin", false));
    }

    @Test
    void userRoles() {
        String text = dump("User Role Assignments", "id|granted_at|user_id|role_id|granted_by|expires_at",
                "e263|July 06 2025 at 12:07|admin|bde6|system|never",
                "e264|July 06 2025 at 12:08|Pat|c0ff|admin|August 06 2025 at 12:08");
        assertThat(roundTrip(ExportDumps.USER_ROLES, text)).containsExactly(
                new ExportedUserRole("e263", at("2025-07-06T12:07"), "admin", "bde6", null, null),
                new ExportedUserRole("e264", at("2025-07-06T12:08"), "Pat", "c0ff", "admin", at("2025-08-06T12:08")));
    }

    @Test
    void securityEvents() {
        String text = "Security Events for July 2025" + EXPORTED
                + "\nFormat: timestamp|event_type|user_id|ip_address|details\n\n\n"
                + "July 06 2025 at 12:07|failed_login|anonymous|5.6.7.8|bad code\n"
                + "July 06 2025 at 12:07|session_created|Pat|1.1.1.1|session_id=3f2a, fully_authenticated=True\n"
                + "July 06 2025 at 12:08|logout|Pat|unknown|";
        PipeTable<ExportedSecurityEvent> table = ExportDumps.SECURITY_EVENTS.reader().read(text).value();
        assertThat(ExportDumps.SECURITY_EVENTS.month(table)).contains(YearMonth.of(2025, 7));
        assertThat(ExportDumpKind.exportedAt(table)).contains(at("2025-07-16T17:56"));
        assertThat(roundTrip(ExportDumps.SECURITY_EVENTS, text)).containsExactly(
                new ExportedSecurityEvent(at("2025-07-06T12:07"), "failed_login", null, "5.6.7.8", "bad code"),
                new ExportedSecurityEvent(at("2025-07-06T12:07"), "session_created", "Pat", "1.1.1.1",
                        "session_id=3f2a, fully_authenticated=True"),
                new ExportedSecurityEvent(at("2025-07-06T12:08"), "logout", "Pat", null, null));
    }

    @Test
    void changelog() {
        String text = dump("System Changelog Entries",
                "created_at|commit_id|original_message|friendly_description|change_type|commit_date",
                "July 06 2025 at 12:07|0123456789abcdef0123456789abcdef01234567|Fix login|Login works again|fixed|July 05 2025 at 18:00",
                "July 06 2025 at 12:08|89abcdef0123456789abcdef0123456789abcdef|Add export\n\n* dumps|Export\\\\nall data||July 05 2025 at 19:00");
        assertThat(roundTrip(ExportDumps.CHANGELOG, text)).containsExactly(
                new ExportedChangelogEntry(at("2025-07-06T12:07"), "0123456789abcdef0123456789abcdef01234567",
                        "Fix login", "Login works again", "fixed", at("2025-07-05T18:00")),
                new ExportedChangelogEntry(at("2025-07-06T12:08"), "89abcdef0123456789abcdef0123456789abcdef",
                        "Add export\n\n* dumps", "Export\nall data", null, at("2025-07-05T19:00")));
    }

    @Test
    void dumpFactoryWritesTheExportLayout() {
        PipeTable<ExportedPrayerMark> dump = ExportDumps.PRAYER_MARKS.dump(at("2025-07-16T17:56"),
                List.of(new ExportedPrayerMark("00a4d8e5da23408c8616515ffa968cfb", at("2025-07-06T12:10"), P, "Pat")));
        assertThat(ExportDumps.PRAYER_MARKS.writer().write(dump)).isEqualTo("""
                Prayer Marks (exported July 16 2025 at 17:56)
                Format: id|created_at|prayer_id|username


                00a4d8e5da23408c8616515ffa968cfb|July 06 2025 at 12:10|bf3c16094f1546babd1d3566471db805|Pat""");
    }

    @Test
    void monthlyDumpFactoryPutsTheMonthInTheTitle() {
        PipeTable<ExportedSecurityEvent> dump = ExportDumps.SECURITY_EVENTS.dump(YearMonth.of(2025, 7),
                at("2025-07-16T17:56"), List.of());
        assertThat(dump.title()).isEqualTo("Security Events for July 2025 (exported July 16 2025 at 17:56)");
    }

    @Test
    void everyDumpKindIsRegisteredUnderItsArchiveKind() {
        for (ExportDumpKind<?> kind : ExportDumps.ALL) {
            assertThat(ExportDumps.of(kind.kind())).containsSame(kind);
        }
        assertThat(ExportDumps.of(ArchiveKind.SESSIONS)).isEmpty();
        assertThat(ExportDumps.ALL).hasSize(14);
    }
}
