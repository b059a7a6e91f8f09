package org.thywill.archive.format;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.thywill.archive.format.activity.ActivityFileReader;
import org.thywill.archive.format.auth.AuthApprovalsFileReader;
import org.thywill.archive.format.auth.AuthApprovalsFileWriter;
import org.thywill.archive.format.auth.AuthRequestsFileReader;
import org.thywill.archive.format.auth.AuthRequestsFileWriter;
import org.thywill.archive.format.auth.NotificationsFileReader;
import org.thywill.archive.format.auth.NotificationsFileWriter;
import org.thywill.archive.format.auth.SecurityEventsFileReader;
import org.thywill.archive.format.auth.SecurityEventsFileWriter;
import org.thywill.archive.format.auth.SessionsSnapshotReader;
import org.thywill.archive.format.auth.SessionsSnapshotWriter;
import org.thywill.archive.format.export.ExportDumpKind;
import org.thywill.archive.format.export.ExportDumps;
import org.thywill.archive.format.export.ExportSummaryReader;
import org.thywill.archive.format.export.ExportSummaryWriter;
import org.thywill.archive.format.invites.InviteTokensSnapshotReader;
import org.thywill.archive.format.invites.InviteTokensSnapshotWriter;
import org.thywill.archive.format.invites.InviteUsageFileReader;
import org.thywill.archive.format.invites.InviteUsageFileWriter;
import org.thywill.archive.format.membership.MembershipApplicationReader;
import org.thywill.archive.format.membership.MembershipApplicationWriter;
import org.thywill.archive.format.system.ActiveSessionsSnapshotReader;
import org.thywill.archive.format.system.ActiveSessionsSnapshotWriter;
import org.thywill.archive.format.system.EventLogFileReader;
import org.thywill.archive.format.system.EventLogFileWriter;
import org.thywill.archive.format.system.FeatureFlagsFileReader;
import org.thywill.archive.format.system.FeatureFlagsFileWriter;
import org.thywill.archive.format.system.SystemConfigReader;
import org.thywill.archive.format.system.SystemConfigWriter;
import org.thywill.archive.format.activity.ActivityFileWriter;
import org.thywill.archive.format.monthly.PrayerAttributesFileReader;
import org.thywill.archive.format.monthly.PrayerAttributesFileWriter;
import org.thywill.archive.format.monthly.PrayerMarksFileReader;
import org.thywill.archive.format.monthly.PrayerMarksFileWriter;
import org.thywill.archive.format.monthly.PrayerSkipsFileReader;
import org.thywill.archive.format.monthly.PrayerSkipsFileWriter;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.roles.RoleAssignmentsFileReader;
import org.thywill.archive.format.roles.RoleAssignmentsFileWriter;
import org.thywill.archive.format.roles.RoleDefinitionsFileReader;
import org.thywill.archive.format.roles.RoleDefinitionsFileWriter;
import org.thywill.archive.format.roles.RoleHistoryFileReader;
import org.thywill.archive.format.roles.RoleHistoryFileWriter;
import org.thywill.archive.format.sessions.SessionsFileReader;
import org.thywill.archive.format.sessions.SessionsFileWriter;
import org.thywill.archive.format.users.RegistrationsFileReader;
import org.thywill.archive.format.users.RegistrationsFileWriter;
import org.thywill.archive.format.users.UserAttributesFileReader;
import org.thywill.archive.format.users.UserAttributesFileWriter;

/** The reader and writer of each archive kind. */
public final class ArchiveFormats {

    /** A kind's reader and writer, typed together so that a parsed value can be written back. */
    public record Format<T>(ArchiveReader<T> reader, ArchiveWriter<T> writer) {

        /** Reads {@code text} and writes the result back: the original's bytes, for anything it wrote. */
        public Parsed<String> rewrite(String text) {
            Parsed<T> parsed = reader.read(text);
            return new Parsed<>(writer.write(parsed.value()), parsed.diagnostics());
        }
    }

    private static final Map<ArchiveKind, Format<?>> FORMATS = new EnumMap<>(ArchiveKind.class);

    private static <T> void register(ArchiveKind kind, ArchiveReader<T> reader, ArchiveWriter<T> writer) {
        FORMATS.put(kind, new Format<>(reader, writer));
    }

    private static <R> void registerDump(ExportDumpKind<R> dump) {
        register(dump.kind(), dump.reader(), dump.writer());
    }

    static {
        register(ArchiveKind.PRAYER, new PrayerFileReader(), new PrayerFileWriter());
        register(ArchiveKind.USER_REGISTRATIONS, new RegistrationsFileReader(), new RegistrationsFileWriter());
        register(ArchiveKind.USER_ATTRIBUTES, new UserAttributesFileReader(), new UserAttributesFileWriter());
        register(ArchiveKind.SITE_ACTIVITY, new ActivityFileReader(), new ActivityFileWriter());
        register(ArchiveKind.MONTHLY_MARKS, new PrayerMarksFileReader(), new PrayerMarksFileWriter());
        register(ArchiveKind.MONTHLY_ATTRIBUTES, new PrayerAttributesFileReader(), new PrayerAttributesFileWriter());
        register(ArchiveKind.MONTHLY_SKIPS, new PrayerSkipsFileReader(), new PrayerSkipsFileWriter());
        for (ExportDumpKind<?> dump : ExportDumps.ALL) {
            registerDump(dump);
        }
        register(ArchiveKind.EXPORT_SUMMARY, new ExportSummaryReader(), new ExportSummaryWriter());
        register(ArchiveKind.SESSIONS, new SessionsFileReader(), new SessionsFileWriter());
        register(ArchiveKind.INVITE_USAGE, new InviteUsageFileReader(), new InviteUsageFileWriter());
        register(ArchiveKind.INVITE_TOKENS_SNAPSHOT, new InviteTokensSnapshotReader(), new InviteTokensSnapshotWriter());
        register(ArchiveKind.ROLE_ASSIGNMENTS, new RoleAssignmentsFileReader(), new RoleAssignmentsFileWriter());
        register(ArchiveKind.ROLE_DEFINITIONS, new RoleDefinitionsFileReader(), new RoleDefinitionsFileWriter());
        register(ArchiveKind.ROLE_HISTORY, new RoleHistoryFileReader(), new RoleHistoryFileWriter());
        register(ArchiveKind.AUTH_REQUESTS, new AuthRequestsFileReader(), new AuthRequestsFileWriter());
        register(ArchiveKind.AUTH_APPROVALS, new AuthApprovalsFileReader(), new AuthApprovalsFileWriter());
        register(ArchiveKind.AUTH_SECURITY_EVENTS, new SecurityEventsFileReader(), new SecurityEventsFileWriter());
        register(ArchiveKind.AUTH_NOTIFICATIONS, new NotificationsFileReader(), new NotificationsFileWriter());
        register(ArchiveKind.SESSIONS_SNAPSHOT, new SessionsSnapshotReader(), new SessionsSnapshotWriter());
        register(ArchiveKind.ACTIVE_SESSIONS, new ActiveSessionsSnapshotReader(), new ActiveSessionsSnapshotWriter());
        register(ArchiveKind.EVENT_LOG, new EventLogFileReader(), new EventLogFileWriter());
        register(ArchiveKind.SYSTEM_CONFIG, new SystemConfigReader(), new SystemConfigWriter());
        register(ArchiveKind.FEATURE_FLAGS, new FeatureFlagsFileReader(), new FeatureFlagsFileWriter());
        register(ArchiveKind.MEMBERSHIP_APPLICATION, new MembershipApplicationReader(), new MembershipApplicationWriter());
    }

    private ArchiveFormats() {
    }

    public static Optional<Format<?>> of(ArchiveKind kind) {
        return Optional.ofNullable(FORMATS.get(kind));
    }

    public static Optional<ArchiveReader<?>> reader(ArchiveKind kind) {
        return of(kind).map(Format::reader);
    }
}
