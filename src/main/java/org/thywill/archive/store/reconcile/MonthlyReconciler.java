package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.PRAYERS;
import static org.thywill.archive.store.repo.Repositories.PRAYER_ATTRIBUTES;
import static org.thywill.archive.store.repo.Repositories.PRAYER_MARKS;
import static org.thywill.archive.store.repo.Repositories.PRAYER_SKIPS;
import static org.thywill.archive.store.repo.Repositories.USERS;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.thywill.archive.format.monthly.MonthlyFile;
import org.thywill.archive.format.monthly.PrayerAttribute;
import org.thywill.archive.format.monthly.PrayerMark;
import org.thywill.archive.format.monthly.PrayerSkip;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.reconcile.Precision.MarkKey;
import org.thywill.archive.store.repo.BatchInsert;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.PrayerSkipRow;

/**
 * The monthly pipe files under {@code prayers/} (writers exist in the original, no production caller):
 * <ul>
 *   <li>marks: {@code prayermark} rows by multiset of (prayer, user, minute), like a prayer file's
 *       {@code prayed} lines; {@code text_file_path} = the prayer's file when the prayer is known (the live app
 *       stores the prayer file on a mark), else NULL. Only the mark: the row carries no log (as in the original's
 *       recovery); the prayer file's {@code prayed} line brings the log.</li>
 *   <li>attributes: single-valued per (prayer, name). Per (prayer, name) the file's last row (chronologically) is
 *       its value, its first row gives created_at/created_by ({@code system} = NULL); missing → inserted, equal at
 *       precision → nothing, different → reported and kept (a monthly row carries no history to tell which is
 *       newer).</li>
 *   <li>skips: one {@code prayerskip} per (user, prayer), as the live app keeps them: the earliest row of the pair
 *       is inserted when the pair has none.</li>
 * </ul>
 * Rows naming a prayer or a user with no row are imported (FKs are not enforced) and noted; nothing is created for
 * them.
 */
final class MonthlyReconciler {

    void marks(Connection c, String relativePath, MonthlyFile<PrayerMark> file, Tally t) throws SQLException {
        Map<String, List<PrayerMark>> byPrayer = new LinkedHashMap<>();
        for (PrayerMark m : file.records()) {
            byPrayer.computeIfAbsent(m.prayerId(), k -> new ArrayList<>()).add(m);
        }
        Unknown unknown = new Unknown();
        try (BatchInsert<PrayerMarkRow> batch = PRAYER_MARKS.batch(c)) {
            for (Map.Entry<String, List<PrayerMark>> e : byPrayer.entrySet()) {
                String prayerId = e.getKey();
                String path = unknown.prayerPath(c, prayerId);
                Multiset<MarkKey> have = new Multiset<>();
                for (PrayerMarkRow r : PRAYER_MARKS.findByPrayer(c, prayerId)) {
                    have.add(MarkKey.of(prayerId, r.username(), r.createdAt()));
                }
                for (PrayerMark m : e.getValue()) {
                    unknown.user(c, m.user());
                    if (!have.take(MarkKey.of(prayerId, m.user(), m.at()))) {
                        batch.add(new PrayerMarkRow(Ids.rowId(), m.user(), prayerId, Precision.minute(m.at()), path));
                    }
                }
            }
            t.inserted("prayermark", batch.count());
        }
        unknown.report(relativePath, t);
    }

    void attributes(Connection c, String relativePath, MonthlyFile<PrayerAttribute> file, Tally t)
            throws SQLException {
        Map<List<String>, List<PrayerAttribute>> byAttribute = new LinkedHashMap<>();
        for (PrayerAttribute a : file.records()) {
            byAttribute.computeIfAbsent(List.of(a.prayerId(), a.name()), k -> new ArrayList<>()).add(a);
        }
        Unknown unknown = new Unknown();
        List<PrayerAttributeRow> inserts = new ArrayList<>();
        for (List<PrayerAttribute> rows : byAttribute.values()) {
            rows.sort(Comparator.comparing(PrayerAttribute::at));
            PrayerAttribute first = rows.get(0);
            PrayerAttribute last = rows.get(rows.size() - 1);
            unknown.prayerPath(c, first.prayerId());
            if (first.createdBy() != null) {
                unknown.user(c, first.createdBy());
            }
            Optional<PrayerAttributeRow> existing = PRAYER_ATTRIBUTES.find(c, first.prayerId(), first.name());
            if (existing.isEmpty()) {
                inserts.add(new PrayerAttributeRow(Ids.rowId(), first.prayerId(), first.name(), last.value(),
                        Precision.minute(first.at()), first.createdBy(), null));
            } else if (!Precision.sameValue(first.name(), existing.get().attributeValue(), last.value())) {
                t.conflict(relativePath + ": prayer " + first.prayerId() + " attribute " + first.name() + " is "
                        + PrayerFileReconciler.quote(existing.get().attributeValue()) + " in the database, '"
                        + last.value() + "' in the archive; kept");
            }
        }
        PRAYER_ATTRIBUTES.insertAll(c, inserts);
        t.inserted("prayer_attributes", inserts.size());
        unknown.report(relativePath, t);
    }

    void skips(Connection c, String relativePath, MonthlyFile<PrayerSkip> file, Tally t) throws SQLException {
        Map<List<String>, PrayerSkip> earliest = new LinkedHashMap<>();
        for (PrayerSkip s : file.records()) {
            earliest.merge(List.of(s.user(), s.prayerId()), s, (a, b) -> b.at().isBefore(a.at()) ? b : a);
        }
        Unknown unknown = new Unknown();
        List<PrayerSkipRow> inserts = new ArrayList<>();
        for (PrayerSkip s : earliest.values()) {
            unknown.prayerPath(c, s.prayerId());
            unknown.user(c, s.user());
            if (PRAYER_SKIPS.find(c, s.user(), s.prayerId()).isEmpty()) {
                inserts.add(new PrayerSkipRow(Ids.rowId(), s.user(), s.prayerId(), Precision.minute(s.at())));
            }
        }
        PRAYER_SKIPS.insertAll(c, inserts);
        t.inserted("prayerskip", inserts.size());
        unknown.report(relativePath, t);
    }

    /** Prayers and users a file names that have no row: looked up once each, noted once per file. */
    static final class Unknown {
        private final Map<String, String> prayerPaths = new HashMap<>();
        private final Set<String> unknownPrayers = new TreeSet<>();
        private final Map<String, Boolean> users = new HashMap<>();

        /** The prayer's stored file path; NULL for an unknown prayer (or one stored without a path). */
        String prayerPath(Connection c, String prayerId) throws SQLException {
            if (!prayerPaths.containsKey(prayerId)) {
                Optional<PrayerRow> row = PRAYERS.findById(c, prayerId);
                if (row.isEmpty()) {
                    unknownPrayers.add(prayerId);
                }
                prayerPaths.put(prayerId, row.map(PrayerRow::textFilePath).orElse(null));
            }
            return prayerPaths.get(prayerId);
        }

        void user(Connection c, String name) throws SQLException {
            if (!users.containsKey(name)) {
                users.put(name, USERS.exists(c, name));
            }
        }

        void report(String relativePath, Tally t) {
            TreeSet<String> names = new TreeSet<>();
            users.forEach((n, known) -> {
                if (!known) {
                    names.add(n);
                }
            });
            if (!unknownPrayers.isEmpty()) {
                t.note(relativePath + ": rows name prayers with no prayer row " + unknownPrayers
                        + "; imported (their prayer file may come later)");
            }
            if (!names.isEmpty()) {
                t.note(relativePath + ": rows name users with no user row " + names + "; imported, no user is created");
            }
        }
    }
}
