package org.thywill.archive.intake;

import org.thywill.archive.format.ArchiveKind;

/** How a staged file of a kind is merged into an existing, different tree file of the same path. */
enum MergeStrategy {
    /** Matched by the prayer id inside; missing activity entries appended ({@link PrayerMerge}). */
    PRAYER,
    /** Missing entries added under their own day heading ({@link ActivityMerge}). */
    SITE_ACTIVITY,
    /** Append-only files: missing lines appended after the tree's rows, the tree's header kept ({@link LineMerge}). */
    LINES,
    /** Files rewritten whole (export dumps, snapshots, single documents): the tree's file is kept, the difference reported. */
    SNAPSHOT;

    static MergeStrategy of(ArchiveKind kind) {
        return switch (kind) {
            case PRAYER -> PRAYER;
            case SITE_ACTIVITY -> SITE_ACTIVITY;
            case USER_REGISTRATIONS, SESSIONS, INVITE_USAGE, AUTH_REQUESTS, AUTH_APPROVALS, AUTH_SECURITY_EVENTS,
                 AUTH_NOTIFICATIONS, EVENT_LOG, MONTHLY_MARKS, MONTHLY_ATTRIBUTES, MONTHLY_SKIPS, ROLE_ASSIGNMENTS,
                 ROLE_HISTORY, FEATURE_FLAGS -> LINES;
            case USER_ATTRIBUTES, EXPORT_PRAYER_ATTRIBUTES, EXPORT_PRAYER_MARKS, EXPORT_PRAYER_SKIPS,
                 EXPORT_ACTIVITY_LOGS, EXPORT_NOTIFICATION_STATES, EXPORT_AUTH_REQUESTS, EXPORT_AUTH_APPROVALS,
                 EXPORT_AUTH_AUDIT_LOGS, EXPORT_INVITE_TOKENS, EXPORT_INVITE_TOKEN_USAGE, EXPORT_ROLES,
                 EXPORT_USER_ROLES, EXPORT_SECURITY_EVENTS, EXPORT_CHANGELOG, EXPORT_SUMMARY, INVITE_TOKENS_SNAPSHOT,
                 ROLE_DEFINITIONS, SESSIONS_SNAPSHOT, ACTIVE_SESSIONS, SYSTEM_CONFIG, MEMBERSHIP_APPLICATION -> SNAPSHOT;
        };
    }

    /** Whether the kind's files start with a header block ended by a blank line (all but the event logs). */
    static boolean hasHeader(ArchiveKind kind) {
        return kind != ArchiveKind.EVENT_LOG;
    }
}
