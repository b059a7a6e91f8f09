package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.PRAYERS;
import static org.thywill.archive.store.repo.Repositories.PRAYER_ACTIVITY_LOG;
import static org.thywill.archive.store.repo.Repositories.PRAYER_ATTRIBUTES;
import static org.thywill.archive.store.repo.Repositories.PRAYER_MARKS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.Categorization;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerHeader;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.reconcile.Precision.LogKey;
import org.thywill.archive.store.reconcile.Precision.MarkKey;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.PrayerRow;

/**
 * One prayer file into the database. The prayer by its id: inserted from the header when missing, never
 * overwritten when present (a different author, text, generated prayer, tag or minute is a conflict; a NULL
 * {@code text_file_path} is filled). Its activity by multiset at archive precision ({@link PrayerActivityPlan}):
 * marks keyed (user, minute), logs keyed (user, action, old, new, minute), each missing one inserted. Attributes,
 * single-valued per (prayer, name) in the live app, are brought to the replayed final state when the archive's
 * history of that attribute covers the database's (see {@link #reconcileAttribute}). What the database holds is
 * read for many files at once when the caller {@link #preload}s them, else in two queries per file (the prayer;
 * its marks, logs and attributes in one) and one per distinct user named; it is compared in memory; statements
 * stay prepared across files ({@link StatementCache}) and inserts are batched.
 */
final class PrayerFileReconciler {

    static final String CRASH_ID = "temp";

    private static final String PRAYER = "SELECT id, author_username, text, generated_prayer, project_tag, created_at,"
            + " flagged, text_file_path, safety_score, safety_flags, categorization_method, specificity_type,"
            + " specificity_confidence, subject_category FROM prayer WHERE id = ?";
    private static final String USER_EXISTS = "SELECT 1 FROM \"user\" WHERE display_name = ?";
    /** A prayer's marks, logs and attributes in one statement, each kind oldest first (ties in insertion order). */
    private static final String ACTIVITY = "SELECT 'a' AS kind, id, created_by AS who, attribute_name AS name,"
            + " attribute_value AS old_value, NULL AS new_value, created_at, rowid AS r FROM prayer_attributes"
            + " WHERE prayer_id = ?1"
            + " UNION ALL SELECT 'l', id, user_id, action, old_value, new_value, created_at, rowid"
            + " FROM prayer_activity_log WHERE prayer_id = ?1"
            + " UNION ALL SELECT 'm', id, username, NULL, NULL, NULL, created_at, rowid FROM prayermark"
            + " WHERE prayer_id = ?1"
            + " ORDER BY 1, 7, 8";

    /** {@link #ACTIVITY} for many prayers at once: their ids as a JSON array. */
    private static final String ACTIVITY_OF_MANY = "SELECT 'a' AS kind, id, created_by AS who, attribute_name AS name,"
            + " attribute_value AS old_value, NULL AS new_value, created_at, rowid AS r, prayer_id"
            + " FROM prayer_attributes WHERE prayer_id IN (SELECT value FROM json_each(?1))"
            + " UNION ALL SELECT 'l', id, user_id, action, old_value, new_value, created_at, rowid, prayer_id"
            + " FROM prayer_activity_log WHERE prayer_id IN (SELECT value FROM json_each(?1))"
            + " UNION ALL SELECT 'm', id, username, NULL, NULL, NULL, created_at, rowid, prayer_id FROM prayermark"
            + " WHERE prayer_id IN (SELECT value FROM json_each(?1))"
            + " ORDER BY 1, 7, 8";
    private static final String PRAYERS_OF_MANY = PRAYER.replace("WHERE id = ?",
            "WHERE id IN (SELECT value FROM json_each(?))");
    private static final String USERS_OF_MANY = "SELECT display_name FROM \"user\""
            + " WHERE display_name IN (SELECT value FROM json_each(?))";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Stored NOTHING = new Stored(List.of(), List.of(), List.of());

    private final StatementCache statements;
    /** What the database held for prayers about to be reconciled ({@link #preload}); each entry is used once. */
    private final Map<String, Known> preloaded = new HashMap<>();
    /** Display names {@link #preload} found in the user table. */
    private final Set<String> knownUsers = new HashSet<>();
    private Connection preloadedOn;

    PrayerFileReconciler(StatementCache statements) {
        this.statements = statements;
    }

    /** A prayer row (or its absence) and its activity, as read before its file was reconciled. */
    private record Known(Optional<PrayerRow> prayer, Stored stored) {
    }

    /**
     * Reads, in three statements, what the database holds for these files' prayers and the users they name,
     * instead of several statements per file: the per-file lookups were a fifth of a cold import. An entry is
     * used by the first file reconciled with its id, then dropped; it stays true until then because only that
     * prayer's own file writes its rows, and everything else that could ({@link #forget}) drops them all.
     */
    void preload(Connection c, List<PrayerFile> files) throws SQLException {
        forget();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (PrayerFile f : files) {
            if (f.hasHeader() && !f.header().id().equals(CRASH_ID)) {
                ids.add(f.header().id());
                names.add(f.header().author());
                for (ActivityEntry e : f.activity()) {
                    if (e instanceof TimedEntry t) {
                        names.add(t.user());
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        String idArray = json(ids);
        Map<String, PrayerRow> rows = new HashMap<>();
        PreparedStatement prayers = statements.sql(c, PRAYERS_OF_MANY);
        prayers.setString(1, idArray);
        try (ResultSet rs = prayers.executeQuery()) {
            while (rs.next()) {
                PrayerRow row = prayerRow(rs);
                rows.put(row.id(), row);
            }
        }
        Map<String, Stored> activity = new HashMap<>();
        PreparedStatement all = statements.sql(c, ACTIVITY_OF_MANY);
        all.setString(1, idArray);
        try (ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(9);
                add(activity.computeIfAbsent(id, k -> new Stored(new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>())), id, rs);
            }
        }
        PreparedStatement users = statements.sql(c, USERS_OF_MANY);
        users.setString(1, json(names));
        try (ResultSet rs = users.executeQuery()) {
            while (rs.next()) {
                knownUsers.add(rs.getString(1));
            }
        }
        for (String id : ids) {
            preloaded.put(id, new Known(Optional.ofNullable(rows.get(id)), activity.getOrDefault(id, NOTHING)));
        }
        preloadedOn = c;
    }

    /** Drops whatever {@link #preload} read: at the end of its transaction, or before anything else writes. */
    void forget() {
        preloaded.clear();
        knownUsers.clear();
        preloadedOn = null;
    }

    private static String json(Set<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON array of strings", e);
        }
    }

    /** What the database holds for one prayer, read in one query. */
    private record Stored(List<PrayerMarkRow> marks, List<PrayerActivityLogRow> logs,
                          List<PrayerAttributeRow> attributes) {
    }

    void reconcile(Connection c, String relativePath, PrayerFile file, Tally t) throws SQLException {
        String path = Reconciler.storedPath(relativePath);
        if (!file.hasHeader()) {
            t.refuse(relativePath + ": no `Prayer <id> by <author>` header (activity appended to a missing file,"
                    + " B16): its activity names no prayer id, so nothing of it can be imported");
            return;
        }
        PrayerHeader h = file.header();
        if (h.id().equals(CRASH_ID)) {
            t.refuse(relativePath + ": header `Prayer temp by " + h.author() + "` is a crash leftover (B14): the"
                    + " real prayer id was never written, so the file cannot be matched to a prayer");
            return;
        }
        if (h.submitted() == null) {
            t.refuse(relativePath + ": prayer " + h.id() + " has no readable `Submitted` time");
            return;
        }
        String id = h.id();
        Known known = c == preloadedOn ? preloaded.remove(id) : null;
        Optional<PrayerRow> existing = known != null ? known.prayer() : findPrayer(c, id);
        boolean flagged;
        if (existing.isEmpty()) {
            PrayerRow row = newPrayer(h, file, path, t, relativePath);
            PreparedStatement insert = statements.insert(c, "prayer", PRAYERS);
            PRAYERS.bindInsert(insert, row);
            insert.executeUpdate();
            t.inserted("prayer", 1);
            flagged = false;
        } else {
            compare(existing.get(), h, file, relativePath, t);
            fillPath(c, existing.get(), path, relativePath, t);
            flagged = existing.get().flagged();
        }

        PrayerActivityPlan plan = PrayerActivityPlan.of(id, file.activity());
        noteMissingUsers(c, h.author(), plan, id, relativePath, t);
        Stored stored = plan.isEmpty() ? NOTHING : known != null ? known.stored() : stored(c, id);
        insertMarks(c, id, path, plan, stored.marks(), t);
        insertLogs(c, id, path, plan, stored.logs(), t);
        reconcileAttributes(c, id, plan, stored.attributes(), stored.logs(), relativePath, t);
        if (plan.flagged() && !flagged) {
            Sql.update(c, "UPDATE prayer SET flagged = 1 WHERE id = ?", id);
            t.updated("prayer", 1);
        }
    }

    private Optional<PrayerRow> findPrayer(Connection c, String id) throws SQLException {
        PreparedStatement ps = statements.sql(c, PRAYER);
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(prayerRow(rs)) : Optional.empty();
        }
    }

    private static PrayerRow prayerRow(ResultSet rs) throws SQLException {
        return new PrayerRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.time(rs, "created_at"), rs.getInt(7) != 0, rs.getString(8), rs.getDouble(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getDouble(13), rs.getString(14));
    }

    private Stored stored(Connection c, String id) throws SQLException {
        Stored stored = new Stored(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        PreparedStatement ps = statements.sql(c, ACTIVITY);
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                add(stored, id, rs);
            }
        }
        return stored;
    }

    /** One row of {@link #ACTIVITY} (or {@link #ACTIVITY_OF_MANY}) into {@code into}. */
    private static void add(Stored into, String id, ResultSet rs) throws SQLException {
        String rowId = rs.getString(2);
        String who = rs.getString(3);
        LocalDateTime at = Precision.storedMinute(rs.getString(7));
        switch (rs.getString(1)) {
            case "m" -> into.marks().add(new PrayerMarkRow(rowId, who, id, at, null));
            case "l" -> into.logs().add(new PrayerActivityLogRow(rowId, id, who, rs.getString(4), rs.getString(5),
                    rs.getString(6), at, null));
            default -> into.attributes().add(new PrayerAttributeRow(rowId, id, rs.getString(4), rs.getString(5), at,
                    who, null));
        }
    }

    private boolean userExists(Connection c, String name) throws SQLException {
        if (c == preloadedOn && knownUsers.contains(name)) {
            return true;
        }
        PreparedStatement ps = statements.sql(c, USER_EXISTS);
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static PrayerRow newPrayer(PrayerHeader h, PrayerFile file, String path, Tally t, String relativePath) {
        PrayerRow base = PrayerRow.submitted(h.id(), h.author(), file.requestText(), file.generatedPrayer(),
                h.projectTag(), h.submitted(), path);
        Categorization k = h.categorization();
        if (k == null) {
            return base;
        }
        Double score = number(k.safetyScore());
        Double confidence = number(k.confidence());
        if (score == null || confidence == null) {
            t.note(relativePath + ": categorization score or confidence is not a number; the defaults were stored");
            return base;
        }
        return new PrayerRow(base.id(), base.authorUsername(), base.text(), base.generatedPrayer(), base.projectTag(),
                base.createdAt(), false, path, score, k.safetyFlags(), k.method(), k.specificity(), confidence,
                k.category());
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An existing prayer is never overwritten: every real difference is reported. */
    private static void compare(PrayerRow db, PrayerHeader h, PrayerFile file, String relativePath, Tally t) {
        String what = "prayer " + db.id() + " (" + relativePath + ")";
        if (!db.authorUsername().equals(h.author())) {
            t.conflict(what + ": author is '" + db.authorUsername() + "' in the database, '" + h.author()
                    + "' in the archive; the database's is kept");
        }
        if (!db.text().equals(file.requestText())) {
            t.conflict(what + ": request text differs between database and archive; the database's is kept");
        }
        if (!Objects.equals(emptyToNull(db.generatedPrayer()), file.generatedPrayer())) {
            t.conflict(what + ": generated prayer differs between database and archive; the database's is kept");
        }
        if (!Objects.equals(emptyToNull(db.projectTag()), h.projectTag())) {
            t.conflict(what + ": project tag is " + quote(db.projectTag()) + " in the database, "
                    + quote(h.projectTag()) + " in the archive; the database's is kept");
        }
        if (!Precision.minute(db.createdAt()).equals(h.submitted())) {
            t.conflict(what + ": submitted " + ArchiveTime.ts(db.createdAt()) + " in the database, "
                    + ArchiveTime.ts(h.submitted()) + " in the archive; the database's is kept");
        }
    }

    private static void fillPath(Connection c, PrayerRow db, String path, String relativePath, Tally t)
            throws SQLException {
        if (db.textFilePath() == null) {
            Sql.update(c, "UPDATE prayer SET text_file_path = ? WHERE id = ? AND text_file_path IS NULL", path, db.id());
            t.updated("prayer", 1);
        } else if (!db.textFilePath().equals(path)) {
            t.note(relativePath + ": prayer " + db.id() + " is stored with its file at " + db.textFilePath()
                    + "; this file's activity was merged into it too");
        }
    }

    private void noteMissingUsers(Connection c, String author, PrayerActivityPlan plan, String id,
                                  String relativePath, Tally t) throws SQLException {
        if (!userExists(c, author)) {
            t.note(relativePath + ": author '" + author + "' of prayer " + id + " has no user row; the prayer is"
                    + " imported without one (no user is created from a prayer file)");
        }
        TreeSet<String> missing = new TreeSet<>();
        for (String u : plan.users()) {
            if (!u.equals(author) && !userExists(c, u)) {
                missing.add(u);
            }
        }
        if (!missing.isEmpty()) {
            t.note(relativePath + ": activity of prayer " + id + " names users with no user row " + missing
                    + "; their activity is imported, no user is created");
        }
    }

    private void insertMarks(Connection c, String id, String path, PrayerActivityPlan plan, List<PrayerMarkRow> stored,
                             Tally t) throws SQLException {
        if (plan.marks().isEmpty()) {
            return;
        }
        Multiset<MarkKey> have = new Multiset<>();
        for (PrayerMarkRow m : stored) {
            have.add(MarkKey.of(id, m.username(), m.createdAt()));
        }
        try (CachedInsert<PrayerMarkRow> batch = new CachedInsert<>(statements, c, "prayermark", PRAYER_MARKS)) {
            for (PrayerActivityPlan.Mark m : plan.marks()) {
                if (!have.take(MarkKey.of(id, m.user(), m.minute()))) {
                    batch.add(new PrayerMarkRow(Ids.rowId(), m.user(), id, m.minute(), path));
                }
            }
            t.inserted("prayermark", batch.count());
        }
    }

    private void insertLogs(Connection c, String id, String path, PrayerActivityPlan plan,
                            List<PrayerActivityLogRow> dbLogs, Tally t) throws SQLException {
        if (plan.logs().isEmpty()) {
            return;
        }
        Multiset<LogKey> have = new Multiset<>();
        for (PrayerActivityLogRow l : dbLogs) {
            have.add(key(l));
        }
        try (CachedInsert<PrayerActivityLogRow> batch =
                     new CachedInsert<>(statements, c, "prayer_activity_log", PRAYER_ACTIVITY_LOG)) {
            for (PrayerActivityPlan.Log l : plan.logs()) {
                if (!have.take(LogKey.of(id, l.user(), l.action(), l.oldValue(), l.newValue(), l.minute()))) {
                    batch.add(new PrayerActivityLogRow(Ids.rowId(), id, l.user(), l.action(), l.oldValue(),
                            l.newValue(), l.minute(), l.withFilePath() ? path : null));
                }
            }
            t.inserted("prayer_activity_log", batch.count());
        }
    }

    static LogKey key(PrayerActivityLogRow l) {
        return LogKey.of(l.prayerId(), l.userId(), l.action(), l.oldValue(), l.newValue(), l.createdAt());
    }

    private void reconcileAttributes(Connection c, String id, PrayerActivityPlan plan,
                                     List<PrayerAttributeRow> stored, List<PrayerActivityLogRow> dbLogs,
                                     String relativePath, Tally t) throws SQLException {
        if (plan.attributes().isEmpty()) {
            return;
        }
        Map<String, List<PrayerAttributeRow>> byName = new HashMap<>();
        for (PrayerAttributeRow a : stored) {
            byName.computeIfAbsent(a.attributeName(), n -> new ArrayList<>()).add(a);
        }
        try (CachedInsert<PrayerAttributeRow> inserts =
                     new CachedInsert<>(statements, c, "prayer_attributes", PRAYER_ATTRIBUTES)) {
            for (PrayerActivityPlan.Attribute a : plan.attributes().values()) {
                reconcileAttribute(c, id, a, byName.getOrDefault(a.name(), List.of()), dbLogs, plan, relativePath,
                        inserts, t);
            }
            t.inserted("prayer_attributes", inserts.count());
        }
    }

    /**
     * Brings one attribute to the archive's replayed final state. Missing and set in the archive → inserted
     * (created_at = the minute it was set, created_by = who set it, no file path: the live app stores none).
     * Present with the same value at precision → nothing. Otherwise (a different value, or removed in the
     * archive) the archive wins only when it knows everything the database knows about the attribute: every
     * {@code set_X}/{@code remove_X} log the database holds is one the file stands for, or the archive's last
     * change is later than any the database records (the row's creation, its logs). Then the value is updated in
     * place (or every row of it deleted); else the database is newer or disagrees, and it is kept and reported.
     */
    private static void reconcileAttribute(Connection c, String id, PrayerActivityPlan.Attribute a,
                                           List<PrayerAttributeRow> rows, List<PrayerActivityLogRow> dbLogs,
                                           PrayerActivityPlan plan, String relativePath,
                                           CachedInsert<PrayerAttributeRow> inserts, Tally t) throws SQLException {
        if (rows.isEmpty()) {
            if (a.present()) {
                inserts.add(new PrayerAttributeRow(Ids.rowId(), id, a.name(), a.value(), a.createdAt(),
                        a.createdBy(), null));
            }
            return;
        }
        PrayerAttributeRow first = rows.get(0);
        if (a.present() && Precision.sameValue(a.name(), first.attributeValue(), a.value())) {
            return;
        }
        String what = "prayer " + id + " attribute " + a.name() + " (" + relativePath + ")";
        if (!archiveKnowsMore(id, a, rows, dbLogs, plan)) {
            t.conflict(what + ": the database holds " + quote(first.attributeValue()) + ", the archive's history ends "
                    + (a.present() ? "with " + quote(a.value()) : "with it removed")
                    + ", and the database records changes the archive does not; the database's is kept");
            return;
        }
        if (a.present()) {
            Sql.update(c, "UPDATE prayer_attributes SET attribute_value = ? WHERE id = ?", a.value(), first.id());
            t.updated("prayer_attributes", 1);
        } else {
            for (PrayerAttributeRow r : rows) {
                Sql.update(c, "DELETE FROM prayer_attributes WHERE id = ?", r.id());
            }
            t.deleted("prayer_attributes", rows.size());
        }
    }

    private static boolean archiveKnowsMore(String id, PrayerActivityPlan.Attribute a, List<PrayerAttributeRow> rows,
                                            List<PrayerActivityLogRow> dbLogs, PrayerActivityPlan plan) {
        String set = "set_" + a.name();
        String remove = "remove_" + a.name();
        Multiset<LogKey> dbHistory = new Multiset<>();
        List<LogKey> keys = new ArrayList<>();
        LocalDateTime dbLast = null;
        for (PrayerAttributeRow r : rows) {
            dbLast = later(dbLast, Precision.minute(r.createdAt()));
        }
        for (PrayerActivityLogRow l : dbLogs) {
            if (l.action().equals(set) || l.action().equals(remove)) {
                LogKey k = key(l);
                dbHistory.add(k);
                keys.add(k);
                dbLast = later(dbLast, Precision.minute(l.createdAt()));
            }
        }
        boolean covered = keys.stream().distinct().allMatch(k -> dbHistory.count(k) <= plan.logCount(k));
        // a row created after the archive's last change was set by something the archive never saw
        boolean rowIsNewer = rows.stream().anyMatch(r -> Precision.minute(r.createdAt()).isAfter(a.lastChange()));
        return covered && !rowIsNewer || a.lastChange().isAfter(dbLast);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String quote(String s) {
        return s == null ? "NULL" : "'" + s + "'";
    }
}
