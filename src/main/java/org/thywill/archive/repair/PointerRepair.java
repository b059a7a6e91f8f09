package org.thywill.archive.repair;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.heal.ArchiveRoot;

/**
 * Wrong or missing {@code text_file_path} pointers, and what they should be. A prayer's pointer is wrong when it is
 * NULL, names a missing file, leads outside the archive root (absolute, {@code ..}, a link out), or names a file
 * whose header carries another prayer (or a file that is no prayer file); it should name the file whose header
 * carries the prayer's id at the canonical names of its creation minute (plain name or {@code _N}), else the one file
 * anywhere in the tree that carries it. A user's pointer is wrong when it is NULL, missing, outside the root, or
 * names a file that holds no registration line of theirs; it should name the users file of their earliest
 * registration line (minute, then path: the line the importer counts). A pointer that cannot be set (no file
 * carries the record, or several do) is reported, never guessed. A pointer naming a headerless file is left to the
 * header repair; one naming a users file that cannot be read cleanly is left alone.
 */
final class PointerRepair {

    static final String PRAYER_TABLE = "prayer";
    static final String USER_TABLE = "user";

    /** A row's key ({@code prayer.id}, {@code user.display_name}), creation time and current pointer. */
    record Row(String key, LocalDateTime createdAt, String path) {
    }

    /** A pointer to set: {@code from} (possibly {@code null}) → {@code to}, and why it was wrong. */
    record Fix(String table, String key, String from, String to, String why) {
    }

    /** A wrong pointer that cannot be set, and why. */
    record Unrepaired(String table, String key, String reason) {
    }

    record Plan(List<Fix> fixes, List<Unrepaired> unrepaired) {
    }

    private PointerRepair() {
    }

    static List<Row> prayerRows(Connection c) throws SQLException {
        return rows(c, "SELECT id, created_at, text_file_path FROM prayer ORDER BY created_at, id");
    }

    static List<Row> userRows(Connection c) throws SQLException {
        return rows(c, "SELECT display_name, created_at, text_file_path FROM \"user\" ORDER BY created_at, display_name");
    }

    static Plan planPrayers(ArchiveRoot root, PrayerFileIndex index, List<Row> rows) {
        List<Fix> fixes = new ArrayList<>();
        List<Unrepaired> unrepaired = new ArrayList<>();
        for (Row p : rows) {
            String why = prayerPointerProblem(root, index, p);
            if (why == null) {
                continue;
            }
            List<PrayerFileIndex.Entry> carriers = p.createdAt() == null ? List.of()
                    : index.carriersAtCanonicalNames(p.key(), p.createdAt());
            String where = "";
            if (carriers.isEmpty()) {
                carriers = index.carriers(p.key());
                where = ", not at its canonical name";
            }
            if (carriers.size() == 1) {
                fixes.add(new Fix(PRAYER_TABLE, p.key(), p.path(), ArchiveRoot.stored(carriers.get(0).relative()),
                        why + "; the file carrying it found by its header" + where));
            } else if (carriers.isEmpty()) {
                unrepaired.add(new Unrepaired(PRAYER_TABLE, p.key(), why + "; no file's header carries prayer "
                        + p.key()));
            } else {
                unrepaired.add(new Unrepaired(PRAYER_TABLE, p.key(), why + "; several files carry prayer " + p.key()
                        + " (" + carriers.stream().map(PrayerFileIndex.Entry::relative).collect(Collectors.joining(", "))
                        + ") and none is chosen"));
            }
        }
        return new Plan(fixes, unrepaired);
    }

    /** What is wrong with a prayer's pointer, or {@code null} when it names a file of the prayer. */
    private static String prayerPointerProblem(ArchiveRoot root, PrayerFileIndex index, Row p) {
        if (p.path() == null) {
            return "text_file_path is NULL";
        }
        ArchiveRoot.Resolved r = root.resolveStored(p.path());
        if (!r.ok()) {
            return "text_file_path refused: " + r.refusal();
        }
        String relative = r.relative();
        if (PrayerFileIndex.isPrayerPath(relative)) {
            var entry = index.get(relative);
            if (entry.isEmpty()) {
                return "text_file_path names a missing file " + relative;
            }
            if (entry.get().headerless() || entry.get().id().equals(p.key())) {
                return null;
            }
            return "text_file_path names " + relative + ", which holds prayer " + entry.get().id();
        }
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "text_file_path names a missing file " + relative;
        }
        String id = PrayerFileIndex.headerId(file);
        return p.key().equals(id) ? null
                : "text_file_path names " + relative + ", which is not a file of this prayer";
    }

    static Plan planUsers(ArchiveRoot root, RegistrationIndex index, List<Row> rows) {
        List<Fix> fixes = new ArrayList<>();
        List<Unrepaired> unrepaired = new ArrayList<>();
        for (Row u : rows) {
            String why = userPointerProblem(root, index, u);
            if (why == null) {
                continue;
            }
            var line = index.earliest(u.key());
            if (line.isPresent()) {
                fixes.add(new Fix(USER_TABLE, u.key(), u.path(), ArchiveRoot.stored(line.get().relative()),
                        why + "; their registration line of " + ArchiveTime.ts(line.get().at()) + " is there"));
            } else {
                unrepaired.add(new Unrepaired(USER_TABLE, u.key(), why + "; no registration line names '" + u.key()
                        + "'"));
            }
        }
        return new Plan(fixes, unrepaired);
    }

    private static String userPointerProblem(ArchiveRoot root, RegistrationIndex index, Row u) {
        if (u.path() == null) {
            return "text_file_path is NULL";
        }
        ArchiveRoot.Resolved r = root.resolveStored(u.path());
        if (!r.ok()) {
            return "text_file_path refused: " + r.refusal();
        }
        String relative = r.relative();
        if (index.holds(relative, u.key()) || index.isUnreadable(relative)) {
            return null;
        }
        if (!Files.isRegularFile(root.resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
            return "text_file_path names a missing file " + relative;
        }
        return "text_file_path names " + relative + ", which holds no registration line of theirs";
    }

    /**
     * Sets the pointers inside the caller's transaction, each only if it still holds the value the plan saw; returns
     * the fixes that found another value there (not applied).
     */
    static List<Unrepaired> apply(Connection c, List<Fix> fixes) throws SQLException {
        List<Unrepaired> lost = new ArrayList<>();
        for (Fix f : fixes) {
            String keyColumn = f.table().equals(PRAYER_TABLE) ? "id" : "display_name";
            try (PreparedStatement ps = c.prepareStatement("UPDATE \"" + f.table() + "\" SET text_file_path = ? WHERE "
                    + keyColumn + " = ? AND text_file_path IS ?")) {
                ps.setString(1, f.to());
                ps.setString(2, f.key());
                ps.setString(3, f.from());
                if (ps.executeUpdate() != 1) {
                    lost.add(new Unrepaired(f.table(), f.key(), "text_file_path changed while it was being repaired;"
                            + " left as it is"));
                }
            }
        }
        return lost;
    }

    private static List<Row> rows(Connection c, String sql) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String created = rs.getString(2);
                out.add(new Row(rs.getString(1),
                        created == null ? null : ArchiveTime.parseIsoLocal(created).orElse(null), rs.getString(3)));
            }
        }
        return out;
    }
}
