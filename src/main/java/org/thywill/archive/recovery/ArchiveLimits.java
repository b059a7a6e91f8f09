package org.thywill.archive.recovery;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.thywill.archive.format.ArchiveKind;

/**
 * What the archive tree cannot rebuild, named (reference thywill-archive-formats.md §3, §7 and §9): the precision
 * the format drops, the columns no line carries, the kinds only export-all or {@code heal-archives} write (when the
 * tree has no such file), and the tables nothing rebuilds. With a database, each comes with how many of its rows it
 * concerns.
 */
public final class ArchiveLimits {

    /** A limit, and the rows it concerns ({@code table} and {@code where}; no table: no count). */
    private record Limit(String what, String reason, String table, String where) {
    }

    private static final List<Limit> ALWAYS = List.of(
            new Limit("seconds and microseconds of every timestamp", "archive timestamps carry the minute"
                    + " (`June 05 2024 at 09:07`, reference §0); rows are compared at the minute (B10)", null, null),
            new Limit("ids of marks, prayer attributes, activity logs and invite claims", "the live lines carry no id"
                    + " (reference §9); rebuilt rows get new ids, so they are compared by content at the minute",
                    null, null),
            new Limit("prayer categorization (safety_score, safety_flags, categorization_method, specificity_type,"
                    + " specificity_confidence, subject_category)", "written into prayer files only when the original"
                    + " runs with CATEGORIZATION_METADATA_EXPORT=true, off by default (B6); not compared",
                    "prayer", null),
            new Limit("prayer.flagged set by a flag toggle", "flag toggles are never archived (B19); only a"
                    + " `flagged this prayer` line sets it; not compared", "prayer", "flagged = 1"),
            new Limit("invitetoken.expires_at", "no archive line carries a token's expiry; a rebuilt token's expiry is"
                    + " derived from its creation line; not compared", "invitetoken", null),
            new Limit("invite_token_usage.ip_address", "invite usage lines carry no IP address (reference §2.10)",
                    "invite_token_usage", "ip_address IS NOT NULL"),
            new Limit("session.auth_request_id", "session lines carry no auth request (reference §2.8)", "session",
                    "auth_request_id IS NOT NULL"));

    private static final List<Limit> TABLES = List.of(
            new Limit("table authenticationrequest", "the live auth/YYYY_MM_auth_requests.txt lines carry no request"
                    + " id (reference §2.7); neither they nor export-all's authentication/auth_requests.txt are"
                    + " imported", "authenticationrequest", null),
            new Limit("table authapproval", "approvals name requests by ids no live file carries; not imported",
                    "authapproval", null),
            new Limit("table authauditlog", "never archived live (B19); export-all's"
                    + " authentication/auth_audit_logs.txt is not imported", "authauditlog", null),
            new Limit("table securitylog", "archived live in auth/YYYY_MM_security_events.txt without ids, and not"
                    + " every event (B20); not imported", "securitylog", null),
            new Limit("table notification_state", "never archived live; export-all's users/notification_states.txt"
                    + " is not imported", "notification_state", null),
            new Limit("table changelogentry", "only in export-all's system/changelog_entries.txt, which is not"
                    + " imported", "changelogentry", null),
            new Limit("table membership_application", "archived live in membership_applications/*.txt, which this"
                    + " pipeline does not import yet", "membership_application", null));

    private ArchiveLimits() {
    }

    /** The kinds compared for a tree that holds files of {@code kindsInTree}. */
    public static List<CarriedKind> carried(Set<ArchiveKind> kindsInTree) {
        return java.util.Arrays.stream(CarriedKind.values()).filter(k -> k.carriedBy(kindsInTree)).toList();
    }

    /** Every limit of a tree holding files of {@code kindsInTree}, without counts. */
    public static List<NotCarried> of(Set<ArchiveKind> kindsInTree) {
        List<NotCarried> out = new ArrayList<>();
        for (Limit l : limits(kindsInTree)) {
            out.add(new NotCarried(l.what(), l.reason(), null));
        }
        return out;
    }

    /** Every limit of a tree holding files of {@code kindsInTree}, each with the rows of {@code database} it concerns. */
    public static List<NotCarried> measure(Connection database, Set<ArchiveKind> kindsInTree) throws SQLException {
        List<NotCarried> out = new ArrayList<>();
        for (Limit l : limits(kindsInTree)) {
            Long count = l.table() == null ? null : ReadOnlyDatabase.count(database, l.table(), l.where());
            out.add(new NotCarried(l.what(), l.reason(), count));
        }
        return out;
    }

    private static List<Limit> limits(Set<ArchiveKind> kindsInTree) {
        List<Limit> out = new ArrayList<>(ALWAYS);
        if (CarriedKind.USER_ATTRIBUTES.carriedBy(kindsInTree)) {
            out.add(new Limit("time of day of user.supporter_since", "users/user_attributes.txt carries the date"
                    + " only (B18)", "user", "supporter_since IS NOT NULL"));
        } else {
            out.add(new Limit("user attributes (welcome_message_dismissed, is_supporter, supporter_since,"
                    + " supporter_type)", "never archived live; only users/user_attributes.txt carries them"
                    + " (written by export-all and heal-archives), and the tree has none", "user",
                    "welcome_message_dismissed = 1 OR is_supporter = 1 OR supporter_since IS NOT NULL"
                            + " OR supporter_type IS NOT NULL"));
        }
        if (!CarriedKind.SKIPS.carriedBy(kindsInTree)) {
            out.add(new Limit("table prayerskip (skips)", "never archived live (B19); only"
                    + " prayers/skips/YYYY_MM_skips.txt (written by heal-archives) and export-all's"
                    + " prayers/prayer_skips.txt carry them, and the tree has neither", "prayerskip", null));
        }
        if (CarriedKind.ROLES.carriedBy(kindsInTree)) {
            out.add(new Limit("role.created_at", "roles/roles.txt carries no creation time", null, null));
        } else {
            out.add(new Limit("table role", "role definitions are never archived live (B19); only export-all's"
                    + " roles/roles.txt (also written by heal-archives) carries them, and the tree has none", "role",
                    null));
        }
        if (!CarriedKind.USER_ROLES.carriedBy(kindsInTree)) {
            out.add(new Limit("table user_roles (role grants, admin rights included)", "role grants are never"
                    + " archived live (B19, B33: the live roles/YYYY_MM_role_assignments.txt records deactivations"
                    + " only, and is not imported); only export-all's roles/user_roles.txt (also written by"
                    + " heal-archives) carries them, and the tree has none", "user_roles", null));
        }
        out.addAll(TABLES);
        return out;
    }
}
