package org.thywill.archive.store.reconcile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.export.ExportedActivityLog;
import org.thywill.archive.format.export.ExportedInviteToken;
import org.thywill.archive.format.export.ExportedInviteTokenUsage;
import org.thywill.archive.format.export.ExportedPrayerAttribute;
import org.thywill.archive.format.export.ExportedPrayerMark;
import org.thywill.archive.format.export.ExportedPrayerSkip;
import org.thywill.archive.format.export.ExportedRole;
import org.thywill.archive.format.export.ExportedUserRole;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.monthly.MonthlyFile;
import org.thywill.archive.format.monthly.PrayerAttribute;
import org.thywill.archive.format.monthly.PrayerMark;
import org.thywill.archive.format.monthly.PrayerSkip;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.sessions.SessionRecord;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.format.users.UserAttributesFile;

/**
 * Merges what one parsed archive file says into the database at archive precision (PRODUCT.md), so that
 * importing is idempotent and never duplicates live rows: natural keys (user by display name, prayer by id,
 * session by id, token by token) are inserted when missing and never overwritten; activity rows are reconciled by
 * multiset of (kind, natural key, minute). Every statement goes through the caller's connection, inside the
 * caller's transaction: nothing here commits, rolls back or changes auto-commit (a dry run rolls back).
 *
 * <p>Stateless but for a cache of prepared statements per connection (safe to rebuild, see
 * {@link StatementCache}) and what {@link #preload} read for the files about to come (dropped with the
 * transaction): every fact it needs between files (the registration lines, attributes of users not yet
 * registered) is kept in its own tables (migration V3), so files may arrive in any order, one at a time, across
 * runs, and a rolled-back transaction leaves nothing stale behind.
 *
 * <p>Imported kinds: {@code PRAYER} ({@link PrayerFileReconciler}), {@code USER_REGISTRATIONS}
 * ({@link RegistrationsReconciler}), {@code USER_ATTRIBUTES} ({@link UserAttributesReconciler}), {@code SESSIONS}
 * ({@link SessionsReconciler}), {@code INVITE_USAGE} ({@link InviteUsageReconciler}), the monthly marks, attributes
 * and skips ({@link MonthlyReconciler}) and the export dumps of marks, attributes, skips, activity logs, invite
 * tokens and usage, roles and user roles ({@link ExportDumpReconciler}). Any other kind gives an empty result with
 * a note {@code not imported: <kind>}.
 */
public final class Reconciler {

    /** Where the original stores an archive file's path: {@code text_archives/} + the path under the root. */
    static final String STORED_PATH_PREFIX = "text_archives/";

    private final StatementCache statements = new StatementCache();
    private final PrayerFileReconciler prayers = new PrayerFileReconciler(statements);
    private final RegistrationsReconciler registrations = new RegistrationsReconciler();
    private final UserAttributesReconciler userAttributes = new UserAttributesReconciler();
    private final SessionsReconciler sessions = new SessionsReconciler();
    private final InviteUsageReconciler inviteUsage = new InviteUsageReconciler();
    private final MonthlyReconciler monthly = new MonthlyReconciler();
    private final ExportDumpReconciler dumps = new ExportDumpReconciler();

    public Reconciler() {
    }

    /** The {@code text_file_path} value the original stores for the file at {@code relativePath}. */
    public static String storedPath(String relativePath) {
        String p = relativePath.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return STORED_PATH_PREFIX + p;
    }

    /**
     * Merges one parsed file into the database through {@code c}, inside the CALLER's transaction (the caller
     * commits or rolls back: a dry run rolls back).
     *
     * @param relativePath the file's path under the archive root, e.g. {@code prayers/2024/02/…txt}
     * @param record       what the kind's reader returned ({@code FileParse.record()}), e.g. a {@link PrayerFile}
     * @throws IllegalArgumentException {@code record} is not the record type of {@code kind}'s reader
     */
    @SuppressWarnings("unchecked")
    public FileReconciliation reconcile(Connection c, ArchiveKind kind, String relativePath, Object record)
            throws SQLException {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(record, "record");
        if (kind != ArchiveKind.PRAYER) {
            prayers.forget(); // it may write rows of prayers read ahead
        }
        Tally t = new Tally();
        switch (kind) {
            case PRAYER -> prayers.reconcile(c, relativePath, as(PrayerFile.class, record, kind), t);
            case USER_REGISTRATIONS ->
                    registrations.reconcile(c, relativePath, as(RegistrationsFile.class, record, kind), t);
            case USER_ATTRIBUTES -> userAttributes.reconcile(c, relativePath, as(UserAttributesFile.class, record, kind), t);
            case SESSIONS -> sessions.reconcile(c, relativePath, (PipeTable<SessionRecord>) table(record, kind), t);
            case INVITE_USAGE -> inviteUsage.reconcile(c, relativePath, (PipeTable<InviteUsage>) table(record, kind), t);
            case MONTHLY_MARKS -> monthly.marks(c, relativePath, (MonthlyFile<PrayerMark>) monthly(record, kind), t);
            case MONTHLY_ATTRIBUTES ->
                    monthly.attributes(c, relativePath, (MonthlyFile<PrayerAttribute>) monthly(record, kind), t);
            case MONTHLY_SKIPS -> monthly.skips(c, relativePath, (MonthlyFile<PrayerSkip>) monthly(record, kind), t);
            case EXPORT_PRAYER_MARKS -> dumps.marks(c, (PipeTable<ExportedPrayerMark>) table(record, kind), t);
            case EXPORT_ACTIVITY_LOGS -> dumps.activityLogs(c, (PipeTable<ExportedActivityLog>) table(record, kind), t);
            case EXPORT_PRAYER_ATTRIBUTES ->
                    dumps.attributes(c, relativePath, (PipeTable<ExportedPrayerAttribute>) table(record, kind), t);
            case EXPORT_PRAYER_SKIPS -> dumps.skips(c, (PipeTable<ExportedPrayerSkip>) table(record, kind), t);
            case EXPORT_INVITE_TOKENS -> dumps.inviteTokens(c, (PipeTable<ExportedInviteToken>) table(record, kind), t);
            case EXPORT_INVITE_TOKEN_USAGE ->
                    dumps.inviteTokenUsage(c, (PipeTable<ExportedInviteTokenUsage>) table(record, kind), t);
            case EXPORT_ROLES -> dumps.roles(c, relativePath, (PipeTable<ExportedRole>) table(record, kind), t);
            case EXPORT_USER_ROLES -> dumps.userRoles(c, (PipeTable<ExportedUserRole>) table(record, kind), t);
            default -> {
                return notImported(kind);
            }
        }
        return t.result();
    }

    /** The kinds {@link #reconcile} merges into the database; a file of any other kind changes nothing. */
    private static final java.util.Set<ArchiveKind> IMPORTED_KINDS = java.util.EnumSet.of(ArchiveKind.PRAYER,
            ArchiveKind.USER_REGISTRATIONS, ArchiveKind.USER_ATTRIBUTES, ArchiveKind.SESSIONS,
            ArchiveKind.INVITE_USAGE, ArchiveKind.MONTHLY_MARKS, ArchiveKind.MONTHLY_ATTRIBUTES,
            ArchiveKind.MONTHLY_SKIPS, ArchiveKind.EXPORT_PRAYER_MARKS, ArchiveKind.EXPORT_ACTIVITY_LOGS,
            ArchiveKind.EXPORT_PRAYER_ATTRIBUTES, ArchiveKind.EXPORT_PRAYER_SKIPS, ArchiveKind.EXPORT_INVITE_TOKENS,
            ArchiveKind.EXPORT_INVITE_TOKEN_USAGE, ArchiveKind.EXPORT_ROLES, ArchiveKind.EXPORT_USER_ROLES);

    /**
     * Whether files of {@code kind} are merged into the database. An importer need not parse the others: the
     * largest of them, the site activity logs, are read in full on every change for nothing.
     */
    public static boolean imports(ArchiveKind kind) {
        return IMPORTED_KINDS.contains(kind);
    }

    /** What reconciling a file of a kind that is not imported gives: no change, and a note saying why. */
    public static FileReconciliation notImported(ArchiveKind kind) {
        if (kind == ArchiveKind.SITE_ACTIVITY) {
            return FileReconciliation.notImported(kind, "informational: every fact in it is also in the prayer"
                    + " and registration files, which are imported");
        }
        return FileReconciliation.notImported(kind, null);
    }

    /**
     * Reads ahead, for the prayer files among {@code records} (the files about to be reconciled, in order), what
     * the database holds for them, in a few statements instead of a few per file. What is read stays valid until
     * each file has been reconciled, a file of another kind is, or {@link #forgetPreloaded} is called, which the
     * caller MUST do when the transaction ends (commit or rollback), before any other use of this reconciler.
     */
    public void preload(Connection c, List<?> records) throws SQLException {
        Objects.requireNonNull(c, "c");
        List<PrayerFile> files = new ArrayList<>();
        for (Object r : records) {
            if (r instanceof PrayerFile f) {
                files.add(f);
            }
        }
        prayers.preload(c, files);
    }

    /** Drops what {@link #preload} read. */
    public void forgetPreloaded() {
        prayers.forget();
    }

    /**
     * Cross-file links that depend on other files (inviter links, the admin fallback, {@code invite_token_used},
     * pending user attributes, token usage counts): run after a batch of files, inside a transaction. Idempotent:
     * a second run changes nothing.
     */
    public LinkReport linkAcrossFiles(Connection c) throws SQLException {
        Objects.requireNonNull(c, "c");
        UserLinker.Result users = UserLinker.linkAll(c);
        List<String> pending = new ArrayList<>(users.pending());
        List<String> conflicts = new ArrayList<>(users.conflicts());
        int attributes = UserAttributesReconciler.applyPending(c, pending, conflicts);
        int tokens = InviteTokens.syncAll(c);
        return new LinkReport(users.invitersLinked(), users.tokensFilled(), attributes, tokens, pending, conflicts);
    }

    private static <T> T as(Class<T> type, Object record, ArchiveKind kind) {
        if (!type.isInstance(record)) {
            throw new IllegalArgumentException(kind + " needs a " + type.getSimpleName() + ", got "
                    + record.getClass().getName());
        }
        return type.cast(record);
    }

    private static PipeTable<?> table(Object record, ArchiveKind kind) {
        return as(PipeTable.class, record, kind);
    }

    private static MonthlyFile<?> monthly(Object record, ArchiveKind kind) {
        return as(MonthlyFile.class, record, kind);
    }
}
