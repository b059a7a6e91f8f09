package org.thywill.archive.demo;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.thywill.archive.format.auth.MonthlyLog;
import org.thywill.archive.format.auth.SecurityEvent;
import org.thywill.archive.format.auth.SecurityEventsFileWriter;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.invites.InviteUsageFileWriter;
import org.thywill.archive.format.invites.InviteUsageFormat;
import org.thywill.archive.format.sessions.SessionRecord;
import org.thywill.archive.format.sessions.SessionsFileWriter;
import org.thywill.archive.format.sessions.SessionsFormat;
import org.thywill.archive.format.system.ActiveSession;
import org.thywill.archive.format.system.ActiveSessionsSnapshot;
import org.thywill.archive.format.system.ActiveSessionsSnapshotWriter;
import org.thywill.archive.format.system.EventLogEntry;
import org.thywill.archive.format.system.EventLogFile;
import org.thywill.archive.format.system.EventLogFileWriter;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.format.users.RegistrationsFileWriter;
import org.thywill.archive.store.repo.SessionRow;

/**
 * Writes the people side of a community through our writers, each monthly file as the original's appends
 * leave it: {@code users/}, {@code system/*_invite_usage.txt}, {@code sessions/}, {@code auth/*_security_events.txt},
 * {@code system/event_log/session_events_*.txt}, and {@code system/current_state/active_sessions.txt} as
 * rewritten at the last sign-in.
 */
final class CommunityArchive {

    private CommunityArchive() {
    }

    static void write(ArchiveTree tree, Community community, Tally tally) throws IOException {
        for (Map.Entry<YearMonth, List<Registration>> m : byMonth(community.registrations(), Registration::at).entrySet()) {
            RegistrationsFile file = RegistrationsFile.of(m.getKey(), m.getValue());
            tree.write(ArchivePaths.registrations(m.getKey()), () -> new RegistrationsFileWriter().write(file));
        }
        for (Map.Entry<YearMonth, List<InviteUsage>> m : byMonth(community.inviteUsage(), InviteUsage::timestamp).entrySet()) {
            var file = InviteUsageFormat.of(m.getKey(), m.getValue());
            tree.write(ArchivePaths.inviteUsage(m.getKey()), () -> new InviteUsageFileWriter().write(file));
        }
        for (Map.Entry<YearMonth, List<SessionRow>> m : byMonth(community.sessions(), SessionRow::createdAt).entrySet()) {
            writeSessionMonth(tree, m.getKey(), m.getValue());
        }
        tally.add(DemoCount.ACTIVE_SESSIONS, writeActiveSessions(tree, community.sessions()));
    }

    private static void writeSessionMonth(ArchiveTree tree, YearMonth month, List<SessionRow> sessions) throws IOException {
        List<SessionRecord> records = new ArrayList<>();
        List<SecurityEvent> events = new ArrayList<>();
        List<EventLogEntry> log = new ArrayList<>();
        for (SessionRow s : sessions) {
            records.add(new SessionRecord(s.createdAt(), s.id(), s.username(), s.expiresAt(), s.deviceInfo(),
                    s.ipAddress(), s.isFullyAuthenticated()));
            events.add(new SecurityEvent(DemoClock.plusMicros(s.createdAt(), 97), "session_created", s.username(),
                    s.ipAddress(), s.deviceInfo(), "session_id=" + s.id() + ", fully_authenticated=True"));
            log.add(EventLogEntry.session(DemoClock.plusMicros(s.createdAt(), 620).atOffset(ZoneOffset.UTC), s.id(),
                    "created", s.username()));
        }
        // The live sessions file is created, header and all, by the month's first sign-in.
        var sessionsFile = SessionsFormat.live(month, sessions.get(0).createdAt(), records);
        var eventsFile = MonthlyLog.of(month, events);
        var logFile = EventLogFile.of(log);
        tree.write(ArchivePaths.sessions(month), () -> new SessionsFileWriter().write(sessionsFile));
        tree.write(ArchivePaths.securityEvents(month), () -> new SecurityEventsFileWriter().write(eventsFile));
        tree.write(ArchivePaths.sessionEvents(month), () -> new EventLogFileWriter().write(logFile));
    }

    /** The snapshot the last sign-in left: every session not yet expired then, oldest first. Returns their count. */
    private static int writeActiveSessions(ArchiveTree tree, List<SessionRow> sessions) throws IOException {
        LocalDateTime last = sessions.get(sessions.size() - 1).createdAt();
        List<ActiveSession> active = new ArrayList<>();
        for (SessionRow s : sessions) {
            if (s.expiresAt().isAfter(last)) {
                active.add(new ActiveSession(s.id(), s.username(), s.username(), s.createdAt(), s.expiresAt(),
                        s.ipAddress(), s.deviceInfo(), s.isFullyAuthenticated()));
            }
        }
        ActiveSessionsSnapshot snapshot = ActiveSessionsSnapshot.of(
                DemoClock.plusMicros(last, 1181).atOffset(ZoneOffset.UTC), active);
        tree.write(ArchivePaths.ACTIVE_SESSIONS, () -> new ActiveSessionsSnapshotWriter().write(snapshot));
        return active.size();
    }

    /** The items grouped by the month of their time, months in order, items in their given order. */
    static <T> Map<YearMonth, List<T>> byMonth(List<T> items, Function<T, LocalDateTime> time) {
        Map<YearMonth, List<T>> out = new TreeMap<>();
        for (T item : items) {
            out.computeIfAbsent(YearMonth.from(time.apply(item)), m -> new ArrayList<>()).add(item);
        }
        return out;
    }
}
