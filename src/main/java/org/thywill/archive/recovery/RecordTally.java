package org.thywill.archive.recovery;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.auth.MonthlyLog;
import org.thywill.archive.format.auth.Snapshot;
import org.thywill.archive.format.activity.ActivityFile;
import org.thywill.archive.format.export.ExportSummary;
import org.thywill.archive.format.export.ExportedInviteToken;
import org.thywill.archive.format.export.ExportedInviteTokenUsage;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.monthly.MonthlyFile;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.OtherEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.RemovedEntry;
import org.thywill.archive.format.prayer.SetEntry;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.sessions.SessionRecord;
import org.thywill.archive.format.system.ActiveSessionsSnapshot;
import org.thywill.archive.format.system.EventLogFile;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.format.users.UserAttributesFile;
import org.thywill.archive.store.reconcile.Reconciler;

/**
 * The records an archive tree holds, counted from what the readers parsed (records, not files): per kind the import
 * rebuilds, the records of each source; per kind it does not import, its files and records. Keyed records (users,
 * prayers, sessions, tokens) are counted once per key across every file.
 */
final class RecordTally {

    private final Set<String> users = new HashSet<>();
    private final Set<String> prayers = new HashSet<>();
    private final Set<String> sessions = new HashSet<>();
    private final Set<String> tokens = new HashSet<>();
    private final Map<String, Map<String, Long>> sources = new LinkedHashMap<>();
    private final Map<ArchiveKind, long[]> notImported = new EnumMap<>(ArchiveKind.class);
    private final Set<ArchiveKind> kinds = EnumSet.noneOf(ArchiveKind.class);
    private int files;
    private int filesWithProblems;

    void add(ParsedArchiveFile file) {
        files++;
        if (!file.diagnostics().isEmpty()) {
            filesWithProblems++;
        }
        if (file.kind() == null) {
            return;
        }
        kinds.add(file.kind());
        Object r = file.record();
        if (r == null) {
            return;
        }
        if (!Reconciler.imports(file.kind())) {
            long[] n = notImported.computeIfAbsent(file.kind(), k -> new long[2]);
            n[0]++;
            n[1] += records(r);
            return;
        }
        switch (file.kind()) {
            case PRAYER -> prayer((PrayerFile) r);
            case USER_REGISTRATIONS -> ((RegistrationsFile) r).registrations().forEach(reg -> {
                users.add(reg.name());
                count("users", "registration lines (users/YYYY_MM_users.txt)", 1);
            });
            case USER_ATTRIBUTES -> count("user_attributes", "user blocks (users/user_attributes.txt)",
                    ((UserAttributesFile) r).users().size());
            case SESSIONS -> {
                for (Object s : ((PipeTable<?>) r).records()) {
                    sessions.add(((SessionRecord) s).sessionId());
                }
            }
            case INVITE_USAGE -> {
                for (Object o : ((PipeTable<?>) r).records()) {
                    InviteUsage u = (InviteUsage) o;
                    tokens.add(u.token());
                    if (!u.isCreation()) {
                        count("invite_claims", "claim lines (system/YYYY_MM_invite_usage.txt)", 1);
                    }
                }
            }
            case EXPORT_INVITE_TOKENS -> {
                for (Object o : ((PipeTable<?>) r).records()) {
                    tokens.add(((ExportedInviteToken) o).token());
                }
            }
            case EXPORT_INVITE_TOKEN_USAGE -> count("invite_claims", "rows of invites/invite_token_usage.txt",
                    ((PipeTable<?>) r).records().size());
            case MONTHLY_MARKS -> count("marks", "rows of prayers/marks/", records(r));
            case EXPORT_PRAYER_MARKS -> count("marks", "rows of prayers/prayer_marks.txt", records(r));
            case MONTHLY_ATTRIBUTES -> count("prayer_attributes", "rows of prayers/attributes/", records(r));
            case EXPORT_PRAYER_ATTRIBUTES -> count("prayer_attributes", "rows of prayers/prayer_attributes.txt",
                    records(r));
            case EXPORT_ACTIVITY_LOGS -> count("activity_logs", "rows of prayers/prayer_activity_logs.txt", records(r));
            case MONTHLY_SKIPS -> count("skips", "rows of prayers/skips/", records(r));
            case EXPORT_PRAYER_SKIPS -> count("skips", "rows of prayers/prayer_skips.txt", records(r));
            case EXPORT_ROLES -> count("roles", "rows of roles/roles.txt", records(r));
            case EXPORT_USER_ROLES -> count("user_roles", "rows of roles/user_roles.txt", records(r));
            default -> count(file.kind().name().toLowerCase(java.util.Locale.ROOT), "records", records(r));
        }
    }

    private void prayer(PrayerFile f) {
        if (!f.hasHeader()) {
            return;
        }
        prayers.add(f.header().id());
        for (ActivityEntry e : f.activity()) {
            if (e instanceof StandardEntry s && s.action() == StandardAction.PRAYED) {
                count("marks", "prayed lines in prayer files", 1);
            } else if (e instanceof StandardEntry s) {
                count("prayer_activity", s.action().logAction() + " lines", 1);
            } else if (e instanceof TestimonyEntry) {
                count("prayer_activity", "testimony lines", 1);
            } else if (e instanceof SetEntry s) {
                count("prayer_activity", s.logAction() + " lines", 1);
            } else if (e instanceof RemovedEntry r) {
                count("prayer_activity", r.logAction() + " lines", 1);
            } else if (e instanceof OtherEntry o) {
                count("prayer_activity", o.action() + " lines", 1);
            }
        }
    }

    private void count(String kind, String source, long n) {
        if (n > 0) {
            sources.computeIfAbsent(kind, k -> new TreeMap<>()).merge(source, n, Long::sum);
        }
    }

    /** The records of a parsed file, whatever its kind (1 for a file that is one record). */
    static long records(Object r) {
        if (r instanceof PipeTable<?> t) {
            return t.records().size();
        }
        if (r instanceof MonthlyFile<?> m) {
            return m.records().size();
        }
        if (r instanceof MonthlyLog<?> m) {
            return m.rows().size();
        }
        if (r instanceof Snapshot<?> s) {
            return s.items().size();
        }
        if (r instanceof ActivityFile a) {
            return a.entries().size();
        }
        if (r instanceof EventLogFile e) {
            return e.events().size();
        }
        if (r instanceof ActiveSessionsSnapshot s) {
            return s.sessions().size();
        }
        if (r instanceof ExportSummary s) {
            return s.categories().size();
        }
        if (r instanceof RegistrationsFile f) {
            return f.registrations().size();
        }
        if (r instanceof UserAttributesFile f) {
            return f.users().size();
        }
        return 1; // a membership application: one per file
    }

    int files() {
        return files;
    }

    int filesWithProblems() {
        return filesWithProblems;
    }

    Set<ArchiveKind> kinds() {
        return kinds;
    }

    /** What the import rebuilds, per kind, counted from parsing. */
    List<RebuildableKind> rebuildable() {
        List<RebuildableKind> out = new java.util.ArrayList<>();
        keyed(out, "users", users.size(), "distinct display names registered");
        listed(out, "user_attributes");
        keyed(out, "prayers", prayers.size(), "distinct prayer ids in prayer files with a header");
        listed(out, "marks");
        listed(out, "prayer_activity");
        listed(out, "prayer_attributes");
        listed(out, "activity_logs");
        keyed(out, "sessions", sessions.size(), "distinct session ids (sessions/YYYY_MM_sessions.txt)");
        keyed(out, "invite_tokens", tokens.size(), "distinct tokens (invite usage and invite token files)");
        listed(out, "invite_claims");
        listed(out, "skips");
        listed(out, "roles");
        listed(out, "user_roles");
        return out;
    }

    /** What the tree holds that the import does not rebuild, per kind: files and records. */
    List<ArchivedKind> archivedNotRebuilt() {
        List<ArchivedKind> out = new java.util.ArrayList<>();
        notImported.forEach((k, n) -> out.add(new ArchivedKind(k.name(), n[0], n[1], whyNotImported(k))));
        return out;
    }

    private void keyed(List<RebuildableKind> out, String kind, long n, String what) {
        Map<String, Long> extra = sources.getOrDefault(kind, Map.of());
        Map<String, Long> detail = new TreeMap<>(extra);
        detail.put(what, n);
        out.add(new RebuildableKind(kind, n, detail));
    }

    private void listed(List<RebuildableKind> out, String kind) {
        Map<String, Long> s = sources.get(kind);
        if (s != null) {
            out.add(new RebuildableKind(kind, s.values().stream().mapToLong(Long::longValue).sum(), s));
        }
    }

    private static String whyNotImported(ArchiveKind k) {
        return switch (k) {
            case SITE_ACTIVITY -> "informational: every fact in it is also in the prayer and registration files";
            case AUTH_REQUESTS, AUTH_APPROVALS, AUTH_SECURITY_EVENTS, AUTH_NOTIFICATIONS, SESSIONS_SNAPSHOT ->
                    "auth logs: their rows carry no ids (reference §2.7); read, not imported";
            case ACTIVE_SESSIONS, INVITE_TOKENS_SNAPSHOT, SYSTEM_CONFIG ->
                    "a snapshot of state the monthly files carry; read, not imported";
            case EVENT_LOG -> "session events, also in the sessions files; read, not imported";
            case MEMBERSHIP_APPLICATION -> "membership applications; read, not imported yet";
            case ROLE_ASSIGNMENTS, ROLE_DEFINITIONS, ROLE_HISTORY ->
                    "role history (the live file records deactivations only); read, not imported";
            default -> "read, not imported";
        };
    }
}
