package org.thywill.archive.recovery;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the original's {@code validate-consistency} looked at in the database itself (reference §4.10): orphaned
 * prayers and marks (an author or user that is empty or names no user row) and archive pointers of users and
 * prayers ({@code text_file_path}) that are missing or name no file under the archive root. A missing or broken
 * pointer also shows as a differing row of its kind (the rebuilt row points at the real file), so it is not counted
 * twice in the score; orphans are.
 *
 * @param orphanedPrayers prayers whose author names no user
 * @param orphanedMarks   marks whose user names no user
 * @param missingPaths    users and prayers with no {@code text_file_path}
 * @param brokenPaths     users and prayers whose {@code text_file_path} names no file under the archive root
 * @param examples        up to N of each, described
 */
public record DatabaseIntegrity(long orphanedPrayers, long orphanedMarks, long missingPaths, long brokenPaths,
                                List<String> examples) {

    /** The prefix the original stores archive paths with (its default base folder). */
    private static final String STORED_PREFIX = "text_archives/";

    public DatabaseIntegrity {
        examples = List.copyOf(examples);
    }

    static DatabaseIntegrity check(Connection db, Path archives, int maxExamples) throws SQLException {
        List<String> examples = new ArrayList<>();
        long orphanedPrayers = orphans(db, "SELECT id, author_username FROM prayer WHERE author_username = ''"
                + " OR author_username NOT IN (SELECT display_name FROM user)", "prayer %s: author '%s' is no user",
                maxExamples, examples);
        long orphanedMarks = ArchivePrecisionRows.tableExists(db, "prayermark") ? orphans(db,
                "SELECT prayer_id, username FROM prayermark WHERE username = ''"
                        + " OR username NOT IN (SELECT display_name FROM user)",
                "mark on prayer %s: user '%s' is no user", maxExamples, examples) : 0;
        long[] paths = new long[2];
        pointers(db, "SELECT 'user ' || display_name, text_file_path FROM user", archives, paths, maxExamples, examples);
        pointers(db, "SELECT 'prayer ' || id, text_file_path FROM prayer", archives, paths, maxExamples, examples);
        return new DatabaseIntegrity(orphanedPrayers, orphanedMarks, paths[0], paths[1], examples);
    }

    private static long orphans(Connection db, String sql, String format, int maxExamples, List<String> examples)
            throws SQLException {
        long n = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                if (n++ < maxExamples) {
                    examples.add(String.format(format, rs.getString(1), rs.getString(2)));
                }
            }
        }
        return n;
    }

    private static void pointers(Connection db, String sql, Path archives, long[] counts, int maxExamples,
                                 List<String> examples) throws SQLException {
        long missingBefore = counts[0];
        long brokenBefore = counts[1];
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String what = rs.getString(1);
                String stored = rs.getString(2);
                if (stored == null || stored.isEmpty()) {
                    if (counts[0]++ - missingBefore < maxExamples) {
                        examples.add(what + ": no text_file_path");
                    }
                } else if (!resolves(archives, stored)) {
                    if (counts[1]++ - brokenBefore < maxExamples) {
                        examples.add(what + ": text_file_path '" + stored + "' names no file under " + archives);
                    }
                }
            }
        }
    }

    /** Whether a stored path ({@code text_archives/prayers/…txt}) names a regular file inside the archive root. */
    static boolean resolves(Path archives, String stored) {
        String p = stored.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.startsWith(STORED_PREFIX)) {
            p = p.substring(STORED_PREFIX.length());
        }
        try {
            Path rel = Path.of(p);
            if (rel.isAbsolute()) {
                return false;
            }
            Path target = archives.resolve(rel).normalize();
            return target.startsWith(archives) && Files.isRegularFile(target);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
