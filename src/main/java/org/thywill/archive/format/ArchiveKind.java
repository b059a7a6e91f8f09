package org.thywill.archive.format;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every kind of file the original writes under {@code text_archives/} (reference §1), recognised by its
 * path relative to the archive root ({@code /}-separated). Tier 1 kinds round-trip through our
 * readers and writers; Tier 2 kinds are read without diagnostics.
 */
public enum ArchiveKind {
    PRAYER(1, "prayers/\\d{4}/\\d{2}/[^/]+\\.txt"),
    USER_REGISTRATIONS(1, "users/\\d{4}_\\d{2}_users\\.txt"),
    USER_ATTRIBUTES(1, "users/user_attributes\\.txt"),
    SITE_ACTIVITY(1, "activity/activity_\\d{4}_\\d{2}\\.txt"),
    MONTHLY_MARKS(1, "prayers/marks/\\d{4}_\\d{2}_marks\\.txt"),
    MONTHLY_ATTRIBUTES(1, "prayers/attributes/\\d{4}_\\d{2}_attributes\\.txt"),
    MONTHLY_SKIPS(1, "prayers/skips/\\d{4}_\\d{2}_skips\\.txt"),
    EXPORT_PRAYER_ATTRIBUTES(1, "prayers/prayer_attributes\\.txt"),
    EXPORT_PRAYER_MARKS(1, "prayers/prayer_marks\\.txt"),
    EXPORT_PRAYER_SKIPS(1, "prayers/prayer_skips\\.txt"),
    EXPORT_ACTIVITY_LOGS(1, "prayers/prayer_activity_logs\\.txt"),
    EXPORT_NOTIFICATION_STATES(1, "users/notification_states\\.txt"),
    EXPORT_AUTH_REQUESTS(1, "authentication/auth_requests\\.txt"),
    EXPORT_AUTH_APPROVALS(1, "authentication/auth_approvals\\.txt"),
    EXPORT_AUTH_AUDIT_LOGS(1, "authentication/auth_audit_logs\\.txt"),
    EXPORT_INVITE_TOKENS(1, "invites/invite_tokens\\.txt"),
    EXPORT_INVITE_TOKEN_USAGE(1, "invites/invite_token_usage\\.txt"),
    EXPORT_ROLES(1, "roles/roles\\.txt"),
    EXPORT_USER_ROLES(1, "roles/user_roles\\.txt"),
    EXPORT_SECURITY_EVENTS(1, "security/\\d{4}_\\d{2}_security_events\\.txt"),
    EXPORT_CHANGELOG(1, "system/changelog_entries\\.txt"),
    EXPORT_SUMMARY(1, "export_summary\\.txt"),
    SESSIONS(1, "sessions/\\d{4}_\\d{2}_sessions\\.txt"),
    INVITE_USAGE(1, "system/\\d{4}_\\d{2}_invite_usage\\.txt"),
    INVITE_TOKENS_SNAPSHOT(1, "system/invite_tokens\\.txt"),
    ROLE_ASSIGNMENTS(1, "roles/\\d{4}_\\d{2}_role_assignments\\.txt"),
    ROLE_DEFINITIONS(1, "roles/role_definitions\\.txt"),
    ROLE_HISTORY(1, "roles/role_history\\.txt"),
    AUTH_REQUESTS(2, "auth/\\d{4}_\\d{2}_auth_requests\\.txt"),
    AUTH_APPROVALS(2, "auth/\\d{4}_\\d{2}_auth_approvals\\.txt"),
    AUTH_SECURITY_EVENTS(2, "auth/\\d{4}_\\d{2}_security_events\\.txt"),
    AUTH_NOTIFICATIONS(2, "auth/notifications/\\d{4}_\\d{2}_notifications\\.txt"),
    SESSIONS_SNAPSHOT(2, "auth/\\d{4}_\\d{2}_\\d{2}_sessions_snapshot\\.txt"),
    ACTIVE_SESSIONS(2, "system/current_state/active_sessions\\.txt"),
    EVENT_LOG(2, "system/event_log/[a-z]+_events_\\d{4}_\\d{2}\\.txt"),
    SYSTEM_CONFIG(2, "system/system_config\\.txt"),
    FEATURE_FLAGS(2, "system/\\d{4}_\\d{2}_feature_flags\\.txt"),
    MEMBERSHIP_APPLICATION(2, "membership_applications/\\d{8}_\\d{6}_[0-9a-f]{32}\\.txt");

    private static final ArchiveKind[] VALUES = values();

    private final int tier;
    private final Pattern path;

    ArchiveKind(int tier, String pathRegex) {
        this.tier = tier;
        this.path = Pattern.compile(pathRegex);
    }

    public int tier() {
        return tier;
    }

    /** The kind of the file at {@code relativePath} ({@code /}-separated, relative to the archive root). */
    public static Optional<ArchiveKind> of(String relativePath) {
        String p = relativePath.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        // Prayer files are nearly all of a tree: test their pattern first.
        if (PRAYER.path.matcher(p).matches()) {
            return Optional.of(PRAYER);
        }
        for (ArchiveKind k : VALUES) {
            if (k != PRAYER && k.path.matcher(p).matches()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of a file by its first line, for files dropped under names the original would not use.
     * Only titles that name one kind unambiguously are recognised.
     */
    public static Optional<ArchiveKind> sniff(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        boolean exported = first.contains(" (exported ");
        if (first.startsWith("Prayer ") && first.contains(" by ") && !exported) {
            return Optional.of(PRAYER);
        }
        String[][] prefixes = {
            {"User Registrations for ", "USER_REGISTRATIONS"},
            {"Activity for ", "SITE_ACTIVITY"},
            {"Prayer Marks for ", "MONTHLY_MARKS"},
            {"Prayer Attributes for ", "MONTHLY_ATTRIBUTES"},
            {"Prayer Skips for ", "MONTHLY_SKIPS"},
            {"Prayer Attributes (exported ", "EXPORT_PRAYER_ATTRIBUTES"},
            {"Prayer Marks (exported ", "EXPORT_PRAYER_MARKS"},
            {"Prayer Skips (exported ", "EXPORT_PRAYER_SKIPS"},
            {"Prayer Activity Logs (exported ", "EXPORT_ACTIVITY_LOGS"},
            {"User Notification States (exported ", "EXPORT_NOTIFICATION_STATES"},
            {"Authentication Requests (exported ", "EXPORT_AUTH_REQUESTS"},
            {"Authentication Approvals (exported ", "EXPORT_AUTH_APPROVALS"},
            {"Authentication Audit Logs (exported ", "EXPORT_AUTH_AUDIT_LOGS"},
            {"Invite Tokens (exported ", "EXPORT_INVITE_TOKENS"},
            {"Invite Token Usage (exported ", "EXPORT_INVITE_TOKEN_USAGE"},
            {"System Roles (exported ", "EXPORT_ROLES"},
            {"User Role Assignments (exported ", "EXPORT_USER_ROLES"},
            {"System Changelog Entries (exported ", "EXPORT_CHANGELOG"},
            {"Complete Database Export Summary", "EXPORT_SUMMARY"},
            {"Sessions for ", "SESSIONS"},
            {"Invite Token Usage for ", "INVITE_USAGE"},
            {"Active Invite Tokens - Updated ", "INVITE_TOKENS_SNAPSHOT"},
            {"Role Assignments for ", "ROLE_ASSIGNMENTS"},
            {"Role Definitions - Updated ", "ROLE_DEFINITIONS"},
            {"Role System History", "ROLE_HISTORY"},
            {"Session Snapshot for ", "SESSIONS_SNAPSHOT"},
            {"Authentication Requests for ", "AUTH_REQUESTS"},
            {"Authentication Approvals for ", "AUTH_APPROVALS"},
            {"Notification Events for ", "AUTH_NOTIFICATIONS"},
            {"Feature Flag Changes for ", "FEATURE_FLAGS"},
            {"System Configuration - Snapshot ", "SYSTEM_CONFIG"},
            {"# Active Sessions Snapshot", "ACTIVE_SESSIONS"},
            {"MEMBERSHIP APPLICATION", "MEMBERSHIP_APPLICATION"},
        };
        if (first.equals("User Attributes")) {
            return Optional.of(USER_ATTRIBUTES);
        }
        if (first.startsWith("Security Events for ")) {
            return Optional.of(exported ? EXPORT_SECURITY_EVENTS : AUTH_SECURITY_EVENTS);
        }
        for (String[] p : prefixes) {
            if (first.startsWith(p[0])) {
                return Optional.of(valueOf(p[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of a file given by any path: the longest suffix of it that names a known kind wins, so
     * {@code /srv/x/text_archives/users/2024_01_users.txt} and {@code users/2024_01_users.txt} agree.
     */
    public static Optional<ArchiveKind> ofAnyPath(String path) {
        String p = path.replace('\\', '/');
        int from = 0;
        while (true) {
            Optional<ArchiveKind> k = of(p.substring(from));
            if (k.isPresent()) {
                return k;
            }
            int slash = p.indexOf('/', from);
            if (slash < 0) {
                return Optional.empty();
            }
            from = slash + 1;
        }
    }
}
