package org.thywill.archive.demo;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

/** Where the original's writers put each monthly file (reference §1), relative to {@code text_archives/}. */
final class ArchivePaths {

    static final String ACTIVE_SESSIONS = "system/current_state/active_sessions.txt";

    private ArchivePaths() {
    }

    static String registrations(LocalDateTime at) {
        return registrations(YearMonth.from(at));
    }

    static String registrations(YearMonth month) {
        return "users/" + yyyyMm(month) + "_users.txt";
    }

    static String activity(YearMonth month) {
        return "activity/activity_" + yyyyMm(month) + ".txt";
    }

    static String inviteUsage(YearMonth month) {
        return "system/" + yyyyMm(month) + "_invite_usage.txt";
    }

    static String sessions(YearMonth month) {
        return "sessions/" + yyyyMm(month) + "_sessions.txt";
    }

    static String securityEvents(YearMonth month) {
        return "auth/" + yyyyMm(month) + "_security_events.txt";
    }

    static String sessionEvents(YearMonth month) {
        return "system/event_log/session_events_" + yyyyMm(month) + ".txt";
    }

    private static String yyyyMm(YearMonth month) {
        return String.format(Locale.ROOT, "%04d_%02d", month.getYear(), month.getMonthValue());
    }
}
