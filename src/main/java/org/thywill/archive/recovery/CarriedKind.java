package org.thywill.archive.recovery;

import static org.thywill.archive.recovery.PreciseColumn.attributeValue;
import static org.thywill.archive.recovery.PreciseColumn.day;
import static org.thywill.archive.recovery.PreciseColumn.exact;
import static org.thywill.archive.recovery.PreciseColumn.minute;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.thywill.archive.format.ArchiveKind;

/**
 * The data the archives carry, kind by kind, as it is compared between two databases at archive precision: which
 * table, which columns (and how each compares: {@link PreciseColumn}), and which archive files carry it.
 *
 * <p>Rows are read a group at a time ({@link #groupColumn}: all the marks of one prayer, one user...) and compared
 * as multisets within the group. A kind with {@link #keyColumns} &gt; 0 has a natural key (its first columns): a
 * row of one database and a row of the other with the same key and other values are one row that
 * <em>differs</em>, not two.
 *
 * <p>Only columns the archives carry are compared; what they cannot carry is named in {@link ArchiveLimits}.
 * The kinds the live application archives as it goes are always compared; the others ({@code users/
 * user_attributes.txt}, skips, roles, user roles) are written only by export-all or by {@code heal-archives}, and
 * are compared only when the tree holds a file that carries them ({@link #carriers}).
 */
public enum CarriedKind {
    USERS("users", "user", "display_name", 1, Set.of(),
            exact("display_name"), minute("created_at"), exact("invited_by_username"), exact("invite_token_used"),
            exact("text_file_path")),
    USER_ATTRIBUTES("user_attributes", "user", "display_name", 1, EnumSet.of(ArchiveKind.USER_ATTRIBUTES),
            exact("display_name"), exact("welcome_message_dismissed"), exact("is_supporter"), day("supporter_since"),
            exact("supporter_type")),
    PRAYERS("prayers", "prayer", "id", 1, Set.of(),
            exact("id"), exact("author_username"), exact("text"), exact("generated_prayer"), exact("project_tag"),
            minute("created_at"), exact("text_file_path")),
    MARKS("marks", "prayermark", "prayer_id", 0, Set.of(),
            exact("prayer_id"), exact("username"), minute("created_at")),
    ATTRIBUTES("attributes", "prayer_attributes", "prayer_id", 2, Set.of(),
            exact("prayer_id"), exact("attribute_name"), attributeValue("attribute_value", 1), exact("created_by"),
            minute("created_at")),
    ACTIVITY_LOGS("activity_logs", "prayer_activity_log", "prayer_id", 0, Set.of(),
            exact("prayer_id"), exact("user_id"), exact("action"), attributeValue("old_value", 2),
            attributeValue("new_value", 2), minute("created_at")),
    SESSIONS("sessions", "session", "id", 1, Set.of(),
            exact("id"), exact("username"), minute("created_at"), minute("expires_at"), exact("device_info"),
            exact("ip_address"), exact("is_fully_authenticated")),
    INVITE_TOKENS("invite_tokens", "invitetoken", "token", 1, Set.of(),
            exact("token"), exact("created_by_user"), exact("usage_count"), exact("max_uses"),
            exact("used_by_user_id"), exact("token_type")),
    INVITE_USAGE("invite_usage", "invite_token_usage", "invite_token_id", 0, Set.of(),
            exact("invite_token_id"), exact("user_id"), minute("claimed_at")),
    SKIPS("skips", "prayerskip", "prayer_id", 0, EnumSet.of(ArchiveKind.MONTHLY_SKIPS, ArchiveKind.EXPORT_PRAYER_SKIPS),
            exact("prayer_id"), exact("user_id"), minute("created_at")),
    ROLES("roles", "role", "name", 1, EnumSet.of(ArchiveKind.EXPORT_ROLES),
            exact("name"), exact("id"), exact("description"), exact("permissions"), exact("created_by"),
            exact("is_system_role")),
    USER_ROLES("user_roles", "user_roles", "user_id", 1, EnumSet.of(ArchiveKind.EXPORT_USER_ROLES),
            exact("id"), exact("user_id"), exact("role_id"), exact("granted_by"), minute("granted_at"),
            minute("expires_at"));

    private final String id;
    private final String table;
    private final String groupColumn;
    private final int keyColumns;
    private final Set<ArchiveKind> carriers;
    private final List<PreciseColumn> columns;

    CarriedKind(String id, String table, String groupColumn, int keyColumns, Set<ArchiveKind> carriers,
                PreciseColumn... columns) {
        this.id = id;
        this.table = table;
        this.groupColumn = groupColumn;
        this.keyColumns = keyColumns;
        this.carriers = carriers;
        this.columns = List.of(columns);
    }

    /** The kind's name in reports ({@code users}, {@code activity_logs}...). */
    public String id() {
        return id;
    }

    public String table() {
        return table;
    }

    /** Rows are read and compared a group at a time, in the order of this column's text. */
    public String groupColumn() {
        return groupColumn;
    }

    /** How many leading columns make the natural key; 0 for kinds compared as multisets only. */
    public int keyColumns() {
        return keyColumns;
    }

    public List<PreciseColumn> columns() {
        return columns;
    }

    /**
     * The archive kinds whose files carry this kind when the live application does not archive it; empty for the
     * kinds it archives as it goes (always compared).
     */
    public Set<ArchiveKind> carriers() {
        return carriers;
    }

    /** Whether the live application archives this kind as it goes (so the archives must always carry it). */
    public boolean archivedLive() {
        return carriers.isEmpty();
    }

    /** Whether a tree holding files of {@code kindsInTree} carries this kind. */
    public boolean carriedBy(Set<ArchiveKind> kindsInTree) {
        return archivedLive() || carriers.stream().anyMatch(kindsInTree::contains);
    }
}
