package org.thywill.archive.repair;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.heal.ArchiveRoot;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.reconcile.FileReconciliation;
import org.thywill.archive.store.reconcile.LinkReport;
import org.thywill.archive.store.reconcile.Reconciler;

/**
 * {@code reconstruct-from-archives}: repairs the relationships of the live database from the archives, without
 * duplicating anything, in ONE transaction (a dry run does the same work and rolls it back, so it lists exactly what
 * a real run changes):
 * <ul>
 *   <li><b>Users</b> the archives register ({@code users/YYYY_MM_users.txt} lines) that have no row, and their
 *       <b>inviter links</b> ({@code invited_by_username}): by the importer's own reconciler, so the rules are the
 *       import's (the earliest line counts; {@code joined on invitation from Y} links Y once Y has a row; {@code
 *       joined directly} gets the live app's admin fallback; a value the live app stored is never overwritten, a
 *       disagreement is a conflict; {@code invite_token_used} filled from invite-usage rows). A name that prayer
 *       files use but no registration line registers creates no user (B31): it is listed.</li>
 *   <li><b>{@code text_file_path} pointers</b> of prayers and users, as {@link PointerRepair} sets them.</li>
 * </ul>
 * Nobody is granted a role, admin or other (B33): no role or user-role row is written. A users file with a line its
 * reader does not understand is not used (reported), as the importer rejects it whole.
 */
public class ReconstructFromArchivesService {

    private final Path archives;
    private final DatabaseProvider databases;
    private final Reconciler reconciler = new Reconciler();

    public ReconstructFromArchivesService(Path archives, DatabaseProvider databases) {
        this.archives = archives;
        this.databases = databases;
    }

    public synchronized ReconstructReport reconstruct(boolean dryRun) {
        ArchiveRoot root = new ArchiveRoot(archives);
        RegistrationIndex registrations = RegistrationIndex.scan(root);
        PrayerFileIndex prayerFiles = PrayerFileIndex.scan(root);
        Map<String, String> namesInPrayerFiles = namesInPrayerFiles(root, prayerFiles);
        Database db = databases.get();
        try {
            return db.inTransaction(c -> {
                ReconstructReport report = reconstruct(c, root, registrations, prayerFiles, namesInPrayerFiles, dryRun);
                if (dryRun) {
                    throw new DryRunRollback(report);
                }
                return report;
            });
        } catch (DryRunRollback rolledBack) {
            return rolledBack.report;
        }
    }

    private ReconstructReport reconstruct(Connection c, ArchiveRoot root, RegistrationIndex registrations,
                                          PrayerFileIndex prayerFiles, Map<String, String> namesInPrayerFiles,
                                          boolean dryRun) throws SQLException {
        List<String> notes = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        registrations.unreadable().forEach(u -> problems.add(u + " (users file not used)"));
        Map<String, UserLinks> before = users(c);
        for (Map.Entry<String, RegistrationsFile> file : registrations.files().entrySet()) {
            FileReconciliation r = reconciler.reconcile(c, ArchiveKind.USER_REGISTRATIONS, file.getKey(),
                    file.getValue());
            notes.addAll(r.notes().stream().filter(n -> !n.contains("(linked when that file is imported)")).toList());
            conflicts.addAll(r.conflicts());
        }
        LinkReport links = reconciler.linkAcrossFiles(c);
        conflicts.addAll(links.conflicts());
        problems.addAll(links.pending());
        if (links.inviteTokensUpdated() > 0) {
            notes.add(links.inviteTokensUpdated() + " invite token(s) brought up to their claims (usage count,"
                    + " claimant)");
        }
        if (links.userAttributesApplied() > 0) {
            notes.add(links.userAttributesApplied() + " pending user_attributes.txt block(s) applied to users that"
                    + " exist now");
        }

        Map<String, UserLinks> linked = users(c);
        PointerRepair.Plan prayerPlan = PointerRepair.planPrayers(root, prayerFiles, PointerRepair.prayerRows(c));
        PointerRepair.Plan userPlan = PointerRepair.planUsers(root, registrations, PointerRepair.userRows(c));
        List<PointerRepair.Fix> fixes = new ArrayList<>(prayerPlan.fixes());
        fixes.addAll(userPlan.fixes());
        List<PointerRepair.Unrepaired> unrepaired = new ArrayList<>(prayerPlan.unrepaired());
        unrepaired.addAll(userPlan.unrepaired());
        unrepaired.addAll(PointerRepair.apply(c, fixes));
        unrepaired.forEach(u -> problems.add(u.table() + " " + u.key() + ": " + u.reason()));
        Map<String, UserLinks> after = users(c);

        List<String> created = new ArrayList<>();
        List<String> inviters = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        after.forEach((name, now) -> {
            UserLinks was = before.get(name);
            if (was == null) {
                created.add(name + " (created_at " + now.createdAt() + ", " + now.path() + ")");
            } else {
                if (!Objects.equals(was.path(), linked.get(name).path())) {
                    pointers.add("user " + name + ": " + quote(was.path()) + " → " + quote(linked.get(name).path())
                            + " (filled from the registration line)");
                }
            }
            if (!Objects.equals(was == null ? null : was.inviter(), now.inviter())) {
                inviters.add(name + " → " + now.inviter());
            }
            if (!Objects.equals(was == null ? null : was.token(), now.token()) && now.token() != null) {
                tokens.add(name);
            }
        });
        for (PointerRepair.Fix f : fixes) {
            if (unrepaired.stream().noneMatch(u -> u.table().equals(f.table()) && u.key().equals(f.key()))) {
                pointers.add(f.table() + " " + f.key() + ": " + quote(f.from()) + " → " + quote(f.to()) + " ("
                        + f.why() + ")");
            }
        }
        List<String> unregistered = new ArrayList<>();
        namesInPrayerFiles.forEach((name, where) -> {
            if (!after.containsKey(name) && !registrations.registered(name)) {
                unregistered.add("'" + name + "' (" + where + "): no registration line and no user row; no user"
                        + " created (B31)");
            }
        });
        return new ReconstructReport(dryRun, created, inviters, tokens, pointers, unregistered, notes, conflicts,
                problems);
    }

    /** Every name prayer files use, as author or in an activity line, with the first file that does. */
    private static Map<String, String> namesInPrayerFiles(ArchiveRoot root, PrayerFileIndex index) {
        Map<String, String> names = new LinkedHashMap<>();
        PrayerFileReader reader = new PrayerFileReader();
        for (PrayerFileIndex.Entry e : index.all()) {
            LoadedFile<PrayerFile> f = LoadedFile.load(root, e.relative(), reader);
            if (!f.readable()) {
                continue;
            }
            if (f.value().hasHeader()) {
                names.putIfAbsent(f.value().header().author(), "author in " + e.relative());
            }
            for (ActivityEntry a : f.value().activity()) {
                if (a instanceof TimedEntry t) {
                    names.putIfAbsent(t.user(), "activity in " + e.relative());
                }
            }
        }
        return names;
    }

    /** The user columns reconstruction may change. */
    private record UserLinks(String createdAt, String inviter, String token, String path) {
    }

    private static Map<String, UserLinks> users(Connection c) throws SQLException {
        Map<String, UserLinks> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT display_name, created_at, invited_by_username,"
                + " invite_token_used, text_file_path FROM \"user\" ORDER BY created_at, display_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new UserLinks(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return out;
    }

    private static String quote(String path) {
        return path == null ? "NULL" : "'" + path + "'";
    }

    /** Thrown to roll a dry run back once its report is complete. */
    private static final class DryRunRollback extends RuntimeException {
        final transient ReconstructReport report;

        DryRunRollback(ReconstructReport report) {
            super("dry run", null, false, false);
            this.report = report;
        }
    }
}
