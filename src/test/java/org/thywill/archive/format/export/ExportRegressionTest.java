package org.thywill.archive.format.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.format.export.ExportDumpsTest.at;
import static org.thywill.archive.format.export.ExportDumpsTest.dump;
import static org.thywill.archive.format.export.ExportDumpsTest.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The original's parsing flaws (reference §7) that the export-all dump readers fix. */
class ExportRegressionTest {

    private static final String P = "bf3c16094f1546babd1d3566471db805";

    @Test
    void b34_escapedBarIsPartOfTheAttributeValue() {
        // the original split this into value 'a\' and created_by 'b=c'
        String text = dump("Prayer Attributes", "id|created_at|prayer_id|attribute_name|attribute_value|created_by",
                "a1|July 06 2025 at 12:09|" + P + "|answer_testimony|a\\|b=c|Pat");
        ExportedPrayerAttribute a = roundTrip(ExportDumps.PRAYER_ATTRIBUTES, text).get(0);
        assertThat(a.attributeValue()).isEqualTo("a|b=c");
        assertThat(a.createdBy()).isEqualTo("Pat");
    }

    @Test
    void b34_escapedBarsInBothActivityLogValues() {
        String text = dump("Prayer Activity Logs", "id|created_at|prayer_id|user_id|action|old_value|new_value",
                "l1|July 06 2025 at 12:10|" + P + "|Pat|set_note|x\\|y|\\|z\\|");
        ExportedActivityLog l = roundTrip(ExportDumps.ACTIVITY_LOGS, text).get(0);
        assertThat(l.oldValue()).isEqualTo("x|y");
        assertThat(l.newValue()).isEqualTo("|z|");
    }

    @Test
    void b34_escapedBarsInAuditDetailsAndUserAgentAroundTheIp() {
        String text = dump("Authentication Audit Logs",
                "created_at|auth_request_id|action|actor_user_id|actor_type|details|ip_address|user_agent",
                "July 06 2025 at 12:08|req1|approved|admin|admin|a\\|b|1.1.1.1|UA \\| v2");
        ExportedAuthAuditLog l = roundTrip(ExportDumps.AUTH_AUDIT_LOGS, text).get(0);
        assertThat(l.details()).isEqualTo("a|b");
        assertThat(l.ipAddress()).isEqualTo("1.1.1.1");
        assertThat(l.userAgent()).isEqualTo("UA | v2");
    }

    @Test
    void b34_unescapedRoleDescriptionTakesTheExtraBars() {
        String text = dump("System Roles", "id|role_name|description|permissions|created_by|is_system_role",
                "d00d|moderator|Keeps | order | here|[\"read\", \"moderate\"]|admin|no");
        ExportedRole r = roundTrip(ExportDumps.ROLES, text).get(0);
        assertThat(r.name()).isEqualTo("moderator");
        assertThat(r.description()).isEqualTo("Keeps | order | here");
        assertThat(r.permissionsJson()).isEqualTo("[\"read\", \"moderate\"]");
        assertThat(r.createdBy()).isEqualTo("admin");
        assertThat(r.systemRole()).isFalse();
    }

    @Test
    void b34_roleDescriptionThatLooksLikeJsonAndPermissionsWithABar() {
        String text = dump("System Roles", "id|role_name|description|permissions|created_by|is_system_role",
                "d00d|odd|see |[\"x\"]| here|[\"a|b\", \"c\"]|admin|no");
        ExportedRole r = roundTrip(ExportDumps.ROLES, text).get(0);
        assertThat(r.description()).isEqualTo("see |[\"x\"]| here");
        assertThat(r.permissionsJson()).isEqualTo("[\"a|b\", \"c\"]");
    }

    @Test
    void b34_barInChangelogMessageLeavesCommitDateReadable() {
        // the original read commit_date = 'fixed' here and aborted the whole system category
        String text = dump("System Changelog Entries",
                "created_at|commit_id|original_message|friendly_description|change_type|commit_date",
                "July 06 2025 at 12:07|0123456789abcdef0123456789abcdef01234567|Fix a\\|b split|Pipes \\| fixed|fixed|July 05 2025 at 18:00");
        ExportedChangelogEntry e = roundTrip(ExportDumps.CHANGELOG, text).get(0);
        assertThat(e.originalMessage()).isEqualTo("Fix a|b split");
        assertThat(e.friendlyDescription()).isEqualTo("Pipes | fixed");
        assertThat(e.changeType()).isEqualTo("fixed");
        assertThat(e.commitDate()).isEqualTo(at("2025-07-05T18:00"));
    }

    @Test
    void b34_changelogMessageNewlinesAreReadAsOneRowEvenWhenALineLooksLikeATimestamp() {
        String message = "Merge branch\n\nJuly 05 2025 at 18:00\n| not a column";
        String text = dump("System Changelog Entries",
                "created_at|commit_id|original_message|friendly_description|change_type|commit_date",
                "July 06 2025 at 12:07|aaaa|" + message.replace("|", "\\|") + "\nJuly 05 2025 at 18:00|Merged|feature|July 05 2025 at 18:00",
                "July 06 2025 at 12:08|bbbb|Second|Two||July 05 2025 at 19:00");
        List<ExportedChangelogEntry> entries = roundTrip(ExportDumps.CHANGELOG, text);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).originalMessage()).isEqualTo(message + "\nJuly 05 2025 at 18:00");
        assertThat(entries.get(0).friendlyDescription()).isEqualTo("Merged");
        assertThat(entries.get(1).commitId()).isEqualTo("bbbb");
    }

    @Test
    void b22_linesWithEqualsSignsAreData() {
        String attrs = dump("Prayer Attributes", "id|created_at|prayer_id|attribute_name|attribute_value|created_by",
                "a1|July 06 2025 at 12:09|" + P + "|note|x=1; y=2|Pat");
        assertThat(roundTrip(ExportDumps.PRAYER_ATTRIBUTES, attrs).get(0).attributeValue()).isEqualTo("x=1; y=2");

        String events = "Security Events for July 2025 (exported July 16 2025 at 17:56)\n"
                + "Format: timestamp|event_type|user_id|ip_address|details\n\n\n"
                + "July 06 2025 at 12:07|session_deleted|Pat|1.1.1.1|session_id=3f2a, reason=logout";
        assertThat(roundTrip(ExportDumps.SECURITY_EVENTS, events).get(0).details())
                .isEqualTo("session_id=3f2a, reason=logout");
    }

    @Test
    void securityDetailsWithRawBarsAreOneColumn() {
        String events = "Security Events for July 2025 (exported July 16 2025 at 17:56)\n"
                + "Format: timestamp|event_type|user_id|ip_address|details\n\n\n"
                + "July 06 2025 at 12:07|failed_login|anonymous|5.6.7.8|code a|b";
        ExportedSecurityEvent e = roundTrip(ExportDumps.SECURITY_EVENTS, events).get(0);
        assertThat(e.details()).isEqualTo("code a|b");
        assertThat(e.userId()).isNull();
    }

    @Test
    void b25_systemAsGrantorOrCreatorIsNoUser() {
        String userRoles = dump("User Role Assignments", "id|granted_at|user_id|role_id|granted_by|expires_at",
                "e263|July 06 2025 at 12:07|admin|bde6|system|never");
        assertThat(roundTrip(ExportDumps.USER_ROLES, userRoles).get(0).grantedBy()).isNull();

        String roles = dump("System Roles", "id|role_name|description|permissions|created_by|is_system_role",
                "bde6|admin|System administrator|[\"*\"]|system|yes");
        assertThat(roundTrip(ExportDumps.ROLES, roles).get(0).createdBy()).isNull();
    }

    @Test
    void b27_unknownIpIsNull() {
        String requests = dump("Authentication Requests", "id|created_at|user_id|device_info|ip_address|status|expires_at",
                "r1|July 06 2025 at 12:07|Pat|Phone_X|unknown|pending|July 13 2025 at 12:07");
        assertThat(roundTrip(ExportDumps.AUTH_REQUESTS, requests).get(0).ipAddress()).isNull();

        String usage = dump("Invite Token Usage", "claimed_at|invite_token_id|user_id|ip_address",
                "July 06 2025 at 12:09|feedfeedfeedfeed|Mary Ann|unknown");
        assertThat(roundTrip(ExportDumps.INVITE_TOKEN_USAGE, usage).get(0).ipAddress()).isNull();
    }

    @Test
    void authRequestDeviceWithRawBarsIsOneColumn() {
        String requests = dump("Authentication Requests", "id|created_at|user_id|device_info|ip_address|status|expires_at",
                "r1|July 06 2025 at 12:07|Pat|Agent | with | bars|1.1.1.1|pending|July 13 2025 at 12:07");
        ExportedAuthRequest r = roundTrip(ExportDumps.AUTH_REQUESTS, requests).get(0);
        assertThat(r.deviceInfo()).isEqualTo("Agent | with | bars");
        assertThat(r.ipAddress()).isEqualTo("1.1.1.1");
        assertThat(r.status()).isEqualTo("pending");
    }
}
