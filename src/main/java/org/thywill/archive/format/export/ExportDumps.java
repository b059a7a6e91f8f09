package org.thywill.archive.format.export;

import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.ArchiveKind;

/**
 * Every export-all dump file of reference §2.6 except the sessions files (which share their name with
 * the live sessions writer: see {@code format.sessions}) and {@code export_summary.txt}
 * ({@link ExportSummaryReader}).
 */
public final class ExportDumps {

    public static final ExportDumpKind<ExportedPrayerAttribute> PRAYER_ATTRIBUTES = kind(
            ArchiveKind.EXPORT_PRAYER_ATTRIBUTES, "Prayer Attributes",
            "id|created_at|prayer_id|attribute_name|attribute_value|created_by", ExportedPrayerAttribute.CODEC);

    public static final ExportDumpKind<ExportedPrayerMark> PRAYER_MARKS = kind(
            ArchiveKind.EXPORT_PRAYER_MARKS, "Prayer Marks", "id|created_at|prayer_id|username",
            ExportedPrayerMark.CODEC);

    public static final ExportDumpKind<ExportedPrayerSkip> PRAYER_SKIPS = kind(
            ArchiveKind.EXPORT_PRAYER_SKIPS, "Prayer Skips", "id|created_at|prayer_id|user_id",
            ExportedPrayerSkip.CODEC);

    public static final ExportDumpKind<ExportedActivityLog> ACTIVITY_LOGS = kind(
            ArchiveKind.EXPORT_ACTIVITY_LOGS, "Prayer Activity Logs",
            "id|created_at|prayer_id|user_id|action|old_value|new_value", ExportedActivityLog.CODEC);

    public static final ExportDumpKind<ExportedNotificationState> NOTIFICATION_STATES = kind(
            ArchiveKind.EXPORT_NOTIFICATION_STATES, "User Notification States",
            "id|created_at|user_id|auth_request_id|notification_type|is_read|read_at", ExportedNotificationState.CODEC);

    public static final ExportDumpKind<ExportedAuthRequest> AUTH_REQUESTS = kind(
            ArchiveKind.EXPORT_AUTH_REQUESTS, "Authentication Requests",
            "id|created_at|user_id|device_info|ip_address|status|expires_at", ExportedAuthRequest.CODEC);

    public static final ExportDumpKind<ExportedAuthApproval> AUTH_APPROVALS = kind(
            ArchiveKind.EXPORT_AUTH_APPROVALS, "Authentication Approvals",
            "created_at|auth_request_id|approver_user_id", ExportedAuthApproval.CODEC);

    public static final ExportDumpKind<ExportedAuthAuditLog> AUTH_AUDIT_LOGS = kind(
            ArchiveKind.EXPORT_AUTH_AUDIT_LOGS, "Authentication Audit Logs",
            "created_at|auth_request_id|action|actor_user_id|actor_type|details|ip_address|user_agent",
            ExportedAuthAuditLog.CODEC);

    public static final ExportDumpKind<ExportedInviteToken> INVITE_TOKENS = kind(
            ArchiveKind.EXPORT_INVITE_TOKENS, "Invite Tokens",
            "token|created_by_user|usage_count|max_uses|expires_at|used_by_user_id", ExportedInviteToken.CODEC);

    public static final ExportDumpKind<ExportedInviteTokenUsage> INVITE_TOKEN_USAGE = kind(
            ArchiveKind.EXPORT_INVITE_TOKEN_USAGE, "Invite Token Usage",
            "claimed_at|invite_token_id|user_id|ip_address", ExportedInviteTokenUsage.CODEC);

    public static final ExportDumpKind<ExportedRole> ROLES = kind(
            ArchiveKind.EXPORT_ROLES, "System Roles",
            "id|role_name|description|permissions|created_by|is_system_role", ExportedRole.CODEC);

    public static final ExportDumpKind<ExportedUserRole> USER_ROLES = kind(
            ArchiveKind.EXPORT_USER_ROLES, "User Role Assignments",
            "id|granted_at|user_id|role_id|granted_by|expires_at", ExportedUserRole.CODEC);

    public static final ExportDumpKind<ExportedSecurityEvent> SECURITY_EVENTS = new ExportDumpKind<>(
            ArchiveKind.EXPORT_SECURITY_EVENTS, "Security Events for", true,
            "timestamp|event_type|user_id|ip_address|details", ExportedSecurityEvent.CODEC,
            RowsReader.oneRowPerLine(ExportedSecurityEvent.CODEC));

    public static final ExportDumpKind<ExportedChangelogEntry> CHANGELOG = new ExportDumpKind<>(
            ArchiveKind.EXPORT_CHANGELOG, "System Changelog Entries", false,
            "created_at|commit_id|original_message|friendly_description|change_type|commit_date",
            ExportedChangelogEntry.CODEC, new ChangelogRowsReader());

    public static final List<ExportDumpKind<?>> ALL = List.of(PRAYER_ATTRIBUTES, PRAYER_MARKS, PRAYER_SKIPS,
            ACTIVITY_LOGS, NOTIFICATION_STATES, AUTH_REQUESTS, AUTH_APPROVALS, AUTH_AUDIT_LOGS, INVITE_TOKENS,
            INVITE_TOKEN_USAGE, ROLES, USER_ROLES, SECURITY_EVENTS, CHANGELOG);

    private ExportDumps() {
    }

    /** The dump of archive kind {@code kind}, if it is one of these. */
    public static Optional<ExportDumpKind<?>> of(ArchiveKind kind) {
        return ALL.stream().<ExportDumpKind<?>>map(k -> k).filter(k -> k.kind() == kind).findFirst();
    }

    private static <R> ExportDumpKind<R> kind(ArchiveKind kind, String title, String format, RowCodec<R> codec) {
        return new ExportDumpKind<>(kind, title, false, format, codec, RowsReader.oneRowPerLine(codec));
    }
}
