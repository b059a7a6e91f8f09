package org.thywill.archive.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.Utf8;
import org.thywill.archive.format.membership.MembershipApplication;
import org.thywill.archive.format.membership.MembershipApplicationFile;
import org.thywill.archive.format.membership.MembershipApplicationReader;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileName;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.format.prayer.PrayerFileReader;

/**
 * Decides where a single dropped archive file (not a ZIP) belongs in the archive tree.
 * <ol>
 *   <li>By its name, when the name already has the shape of an archive path: a bare file name such as
 *       {@code 2024_02_users.txt} or {@code 2024_02_29_prayer_at_1234_2.txt} (its folder follows from the name),
 *       or a relative path ending in an archive path ({@code old/text_archives/users/2024_02_users.txt}). A name
 *       that fits several kinds ({@code 2024_02_security_events.txt}, {@code invite_tokens.txt}) is settled by
 *       the first line ({@link ArchiveKind#sniff}). The content must agree with the name: the first line must not
 *       name another kind, and where the content dates the file (a header month, a prayer's Submitted minute),
 *       the date must be the name's.</li>
 *   <li>Otherwise by its content: the first line names the kind, and the path follows from it — a prayer file
 *       from its {@code Submitted} minute ({@link PrayerFileNames#relativePath}: the plain name; the merge picks
 *       {@code _2}, {@code _3}… when the tree already has another prayer there), a monthly file from its header
 *       month, a membership application from its id and time, a single-file kind from its fixed path.</li>
 * </ol>
 * Anything else is refused with the reason.
 */
public final class LooseFile {

    /**
     * Where a loose file goes.
     *
     * @param relativePath its canonical path relative to the archive root, {@code /}-separated
     * @param kind         its archive kind
     */
    public record Placement(String relativePath, ArchiveKind kind) {
        public Placement {
            Objects.requireNonNull(relativePath, "relativePath");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Folders a bare file name may belong to (prayer files' year/month folders come from their names). */
    private static final List<String> FOLDERS = List.of("", "users/", "activity/", "prayers/", "prayers/marks/",
            "prayers/attributes/", "prayers/skips/", "sessions/", "auth/", "auth/notifications/", "authentication/",
            "invites/", "security/", "roles/", "system/", "system/current_state/", "system/event_log/",
            "membership_applications/");

    private LooseFile() {
    }

    /** Places the file at {@code file}, reading at most {@link ZipLimits#DEFAULT_MAX_ENTRY_BYTES}. */
    public static Placement place(Path file) throws DropRejectedException, IOException {
        return place(file, ZipLimits.DEFAULT_MAX_ENTRY_BYTES);
    }

    /** Places the file at {@code file}, refusing it when it holds more than {@code maxBytes}. */
    public static Placement place(Path file, long maxBytes) throws DropRejectedException, IOException {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            throw new DropRejectedException("file '" + file.getFileName() + "': larger than the limit of " + maxBytes
                    + " bytes");
        }
        return place(file.getFileName().toString(), content);
    }

    /**
     * @param fileName the name it was dropped under (a bare name, or a path relative to the drop folder)
     * @param content  its bytes
     */
    public static Placement place(String fileName, byte[] content) throws DropRejectedException {
        String shown = "file " + EntryNames.describe(fileName) + ": ";
        Parsed<String> decoded = Utf8.decode(content);
        if (!decoded.isClean()) {
            throw new DropRejectedException(shown + Diagnostics.first(decoded.diagnostics()));
        }
        String text = decoded.value();
        if (text.isEmpty()) {
            throw new DropRejectedException(shown + "it is empty");
        }
        Optional<ArchiveKind> sniffed = ArchiveKind.sniff(text);
        List<Placement> byName = byName(fileName.replace('\\', '/'));
        if (!byName.isEmpty()) {
            return confirmName(shown, byName, sniffed, text);
        }
        if (sniffed.isEmpty()) {
            throw new DropRejectedException(shown + "cannot tell what archive file it is: its name is no archive"
                    + " path and its first line names no archive kind");
        }
        return new Placement(contentPath(shown, sniffed.get(), text), sniffed.get());
    }

    private static Placement confirmName(String shown, List<Placement> byName, Optional<ArchiveKind> sniffed,
                                         String text) throws DropRejectedException {
        List<Placement> fitting = byName;
        if (sniffed.isPresent()) {
            fitting = byName.stream().filter(p -> p.kind() == sniffed.get()).toList();
            if (fitting.isEmpty()) {
                throw new DropRejectedException(shown + "its name says " + byName.get(0).kind()
                        + " but its first line says " + sniffed.get());
            }
        }
        if (fitting.size() > 1) {
            throw new DropRejectedException(shown + "its name fits " + fitting.stream().map(p -> p.relativePath())
                    .toList() + " and its first line does not tell which");
        }
        Placement placement = fitting.get(0);
        if (sniffed.isPresent()) {
            String fromContent = contentPath(shown, placement.kind(), text);
            if (!sameFile(placement, fromContent)) {
                throw new DropRejectedException(shown + "its name says " + placement.relativePath()
                        + " but its content says " + fromContent);
            }
        }
        return placement;
    }

    /** Whether the content's path is the name's: the same, or for a prayer the same minute (any {@code _N}). */
    private static boolean sameFile(Placement byName, String fromContent) {
        if (byName.kind() != ArchiveKind.PRAYER) {
            return byName.relativePath().equals(fromContent);
        }
        Optional<LocalDateTime> named = PrayerFileNames.parseRelativePath(byName.relativePath())
                .map(PrayerFileName::createdAt);
        Optional<LocalDateTime> content = PrayerFileNames.parseRelativePath(fromContent).map(PrayerFileName::createdAt);
        return named.isEmpty() || named.equals(content);
    }

    private static List<Placement> byName(String name) {
        List<Placement> out = new ArrayList<>();
        if (name.contains("/")) {
            Optional<String> root = ZipInspector.rootOf(name);
            root.ifPresent(r -> {
                String relative = name.substring(r.length());
                out.add(new Placement(relative, ArchiveKind.of(relative).orElseThrow()));
            });
            return out;
        }
        Optional<PrayerFileName> prayer = PrayerFileNames.parseFileName(name);
        if (prayer.isPresent()) {
            out.add(new Placement(prayer.get().relativePath(), ArchiveKind.PRAYER));
            return out;
        }
        for (String folder : FOLDERS) {
            ArchiveKind.of(folder + name).ifPresent(k -> out.add(new Placement(folder + name, k)));
        }
        return out;
    }

    private static String contentPath(String shown, ArchiveKind kind, String text) throws DropRejectedException {
        String path = switch (kind) {
            case PRAYER -> prayerPath(shown, text);
            case MEMBERSHIP_APPLICATION -> membershipPath(shown, text);
            case SESSIONS_SNAPSHOT -> "auth/" + snapshotDay(shown, text) + "_sessions_snapshot.txt";
            case USER_REGISTRATIONS -> "users/" + month(shown, text) + "_users.txt";
            case SITE_ACTIVITY -> "activity/activity_" + month(shown, text) + ".txt";
            case MONTHLY_MARKS -> "prayers/marks/" + month(shown, text) + "_marks.txt";
            case MONTHLY_ATTRIBUTES -> "prayers/attributes/" + month(shown, text) + "_attributes.txt";
            case MONTHLY_SKIPS -> "prayers/skips/" + month(shown, text) + "_skips.txt";
            case SESSIONS -> "sessions/" + month(shown, text) + "_sessions.txt";
            case INVITE_USAGE -> "system/" + month(shown, text) + "_invite_usage.txt";
            case ROLE_ASSIGNMENTS -> "roles/" + month(shown, text) + "_role_assignments.txt";
            case AUTH_REQUESTS -> "auth/" + month(shown, text) + "_auth_requests.txt";
            case AUTH_APPROVALS -> "auth/" + month(shown, text) + "_auth_approvals.txt";
            case AUTH_SECURITY_EVENTS -> "auth/" + month(shown, text) + "_security_events.txt";
            case AUTH_NOTIFICATIONS -> "auth/notifications/" + month(shown, text) + "_notifications.txt";
            case EXPORT_SECURITY_EVENTS -> "security/" + month(shown, text) + "_security_events.txt";
            case FEATURE_FLAGS -> "system/" + month(shown, text) + "_feature_flags.txt";
            case USER_ATTRIBUTES -> "users/user_attributes.txt";
            case EXPORT_PRAYER_ATTRIBUTES -> "prayers/prayer_attributes.txt";
            case EXPORT_PRAYER_MARKS -> "prayers/prayer_marks.txt";
            case EXPORT_PRAYER_SKIPS -> "prayers/prayer_skips.txt";
            case EXPORT_ACTIVITY_LOGS -> "prayers/prayer_activity_logs.txt";
            case EXPORT_NOTIFICATION_STATES -> "users/notification_states.txt";
            case EXPORT_AUTH_REQUESTS -> "authentication/auth_requests.txt";
            case EXPORT_AUTH_APPROVALS -> "authentication/auth_approvals.txt";
            case EXPORT_AUTH_AUDIT_LOGS -> "authentication/auth_audit_logs.txt";
            case EXPORT_INVITE_TOKENS -> "invites/invite_tokens.txt";
            case EXPORT_INVITE_TOKEN_USAGE -> "invites/invite_token_usage.txt";
            case EXPORT_ROLES -> "roles/roles.txt";
            case EXPORT_USER_ROLES -> "roles/user_roles.txt";
            case EXPORT_CHANGELOG -> "system/changelog_entries.txt";
            case EXPORT_SUMMARY -> "export_summary.txt";
            case INVITE_TOKENS_SNAPSHOT -> "system/invite_tokens.txt";
            case ROLE_DEFINITIONS -> "roles/role_definitions.txt";
            case ROLE_HISTORY -> "roles/role_history.txt";
            case SYSTEM_CONFIG -> "system/system_config.txt";
            case ACTIVE_SESSIONS -> "system/current_state/active_sessions.txt";
            case EVENT_LOG -> throw new DropRejectedException(shown + "an event log carries no header, so only its"
                    + " name (<kind>_events_YYYY_MM.txt) can place it");
        };
        if (ArchiveKind.of(path).orElse(null) != kind) {
            throw new DropRejectedException(shown + "its content gives the path " + path + ", which is no " + kind
                    + " path");
        }
        return path;
    }

    private static String prayerPath(String shown, String text) throws DropRejectedException {
        PrayerFile prayer = new PrayerFileReader().read(text).value();
        if (!prayer.hasHeader() || prayer.header().submitted() == null) {
            throw new DropRejectedException(shown + "a prayer file without a readable 'Submitted <Month DD YYYY at"
                    + " HH:MM>' line cannot be placed");
        }
        return PrayerFileNames.relativePath(prayer.header().submitted());
    }

    private static String membershipPath(String shown, String text) throws DropRejectedException {
        MembershipApplicationFile file = new MembershipApplicationReader().read(text).value();
        if (!(file instanceof MembershipApplication application)) {
            throw new DropRejectedException(shown + "a membership application without a readable Application ID"
                    + " and Submitted time cannot be placed");
        }
        return "membership_applications/" + application.fileName();
    }

    /** {@code YYYY_MM} from a {@code <Title> for <Month YYYY>[ (exported …)]} first line. */
    private static String month(String shown, String text) throws DropRejectedException {
        String first = firstLine(text);
        int at = first.indexOf(" for ");
        String rest = at < 0 ? "" : first.substring(at + " for ".length());
        int exported = rest.indexOf(" (exported ");
        if (exported >= 0) {
            rest = rest.substring(0, exported);
        }
        Optional<YearMonth> month = ArchiveTime.parseMonthYear(rest);
        if (month.isEmpty()) {
            throw new DropRejectedException(shown + "line 1: '" + rest + "' is not a '<Month YYYY>' month, so the"
                    + " file's month is unknown");
        }
        return String.format(Locale.ROOT, "%04d_%02d", month.get().getYear(), month.get().getMonthValue());
    }

    /** {@code YYYY_MM_DD} from a {@code Session Snapshot for <Month DD, YYYY at HH:MM>} first line. */
    private static String snapshotDay(String shown, String text) throws DropRejectedException {
        String first = firstLine(text);
        String stamp = first.substring("Session Snapshot for ".length()).replaceFirst(",", "");
        Optional<LocalDate> day = ArchiveTime.parseTs(stamp).map(LocalDateTime::toLocalDate);
        if (day.isEmpty()) {
            throw new DropRejectedException(shown + "line 1: '" + stamp + "' is not a 'Month DD, YYYY at HH:MM'"
                    + " time, so the snapshot's day is unknown");
        }
        return String.format(Locale.ROOT, "%04d_%02d_%02d", day.get().getYear(), day.get().getMonthValue(),
                day.get().getDayOfMonth());
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
