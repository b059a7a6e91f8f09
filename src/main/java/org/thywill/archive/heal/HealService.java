package org.thywill.archive.heal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.InviteTokenRow;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.UserRow;
import org.thywill.archive.store.repo.Repositories;

/**
 * {@code heal-archives} and {@code sync-users}: makes the archive tree carry everything the database holds, at
 * archive precision, so that importing the healed tree into an empty database gives the database back. Decided by
 * content, never by mtime: every file is parsed and compared with the rows, only what is missing is written, a
 * complete file is not touched (same bytes, same mtime), and a second run writes nothing. Files first, then the
 * database's {@code text_file_path} pointers, in one transaction. A dry run reads and compares the same way and
 * lists what it would change, writing nothing.
 */
public class HealService {

    private final Path archives;
    private final DatabaseProvider databases;

    public HealService(Path archives, DatabaseProvider databases) {
        this.archives = archives;
        this.databases = databases;
    }

    /** Prayers, then users, then the other Tier-1 kinds the database holds ({@link OtherKindsHeal}). */
    public HealReport healArchives(boolean dryRun) {
        HealReport.Builder report = new HealReport.Builder(dryRun);
        Database db = databases.get();
        ArchiveRoot root = new ArchiveRoot(archives);
        Map<String, String> prayerPaths = healPrayers(db, root, dryRun, report);
        updatePointers(db, dryRun, report, "prayer", "id", prayerPaths);
        healUsers(db, root, dryRun, report);
        OtherKindsHeal.heal(db, root, dryRun, report);
        return report.build();
    }

    /** Only the users: registration lines and {@code users/user_attributes.txt}. */
    public HealReport syncUsers(boolean dryRun) {
        HealReport.Builder report = new HealReport.Builder(dryRun);
        healUsers(databases.get(), new ArchiveRoot(archives), dryRun, report);
        return report.build();
    }

    private void healUsers(Database db, ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        List<UserRow> users = db.read(Repositories.USERS::findAll);
        Set<String> systemTokens = new HashSet<>();
        for (InviteTokenRow t : db.read(Repositories.INVITE_TOKENS::findAll)) {
            if ("system".equals(t.createdByUser())) {
                systemTokens.add(t.token());
            }
        }
        Map<String, String> where = new RegistrationsHealer(root, dryRun, report).heal(users, systemTokens);
        new UserAttributesHealer(root, dryRun, report).heal(users);
        Map<String, String> pointers = new HashMap<>();
        for (UserRow u : users) {
            String relative = where.get(u.displayName());
            if (relative != null && !ArchiveRoot.stored(relative).equals(u.textFilePath())) {
                pointers.put(u.displayName(), ArchiveRoot.stored(relative));
            }
        }
        updatePointers(db, dryRun, report, "user", "display_name", pointers);
    }

    private Map<String, String> healPrayers(Database db, ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        report.kind(PrayerArchiveHealer.KIND);
        PrayerRows rows = db.read(PrayerRows::read);
        PrayerArchiveHealer healer = new PrayerArchiveHealer(root, dryRun, report, new HashSet<>());
        Map<String, String> pointers = new HashMap<>();
        for (PrayerRow p : rows.prayers()) {
            PrayerActivityLines.Result lines = PrayerActivityLines.of(p.id(),
                    rows.marks().getOrDefault(p.id(), List.of()), rows.logs().getOrDefault(p.id(), List.of()),
                    rows.attributes().getOrDefault(p.id(), List.of()));
            lines.notes().forEach(report::note);
            healer.heal(p, lines.entries()).ifPresent(relative -> {
                String stored = ArchiveRoot.stored(relative);
                if (!stored.equals(p.textFilePath())) {
                    pointers.put(p.id(), stored);
                }
            });
        }
        return pointers;
    }

    /** Sets {@code table.text_file_path} for each key, after the files are written (archive first). */
    static void updatePointers(Database db, boolean dryRun, HealReport.Builder report, String table, String keyColumn,
                               Map<String, String> paths) {
        paths.forEach((key, path) -> report.pointer(table, key + " → " + path));
        if (dryRun || paths.isEmpty()) {
            return;
        }
        db.runInTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE \"" + table + "\" SET text_file_path = ? WHERE " + keyColumn + " = ?")) {
                for (Map.Entry<String, String> e : paths.entrySet()) {
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.executeUpdate();
                }
            }
        });
    }

    /** Every prayer (oldest first: the {@code _N} rule orders same-minute prayers by their seconds) and its rows. */
    record PrayerRows(List<PrayerRow> prayers, Map<String, List<PrayerMarkRow>> marks,
                      Map<String, List<PrayerActivityLogRow>> logs, Map<String, List<PrayerAttributeRow>> attributes) {

        static PrayerRows read(Connection c) throws SQLException {
            List<PrayerRow> prayers = new ArrayList<>(Repositories.PRAYERS.findAll(c));
            prayers.sort(Comparator.comparing(PrayerRow::createdAt).thenComparing(PrayerRow::id));
            Map<String, List<PrayerMarkRow>> marks = new HashMap<>();
            for (PrayerMarkRow m : Repositories.PRAYER_MARKS.findAll(c)) {
                marks.computeIfAbsent(m.prayerId(), k -> new ArrayList<>()).add(m);
            }
            Map<String, List<PrayerActivityLogRow>> logs = new HashMap<>();
            for (PrayerActivityLogRow l : Repositories.PRAYER_ACTIVITY_LOG.findAll(c)) {
                logs.computeIfAbsent(l.prayerId(), k -> new ArrayList<>()).add(l);
            }
            Map<String, List<PrayerAttributeRow>> attributes = new HashMap<>();
            for (PrayerAttributeRow a : Repositories.PRAYER_ATTRIBUTES.findAll(c)) {
                attributes.computeIfAbsent(a.prayerId(), k -> new ArrayList<>()).add(a);
            }
            return new PrayerRows(prayers, marks, logs, attributes);
        }
    }
}
