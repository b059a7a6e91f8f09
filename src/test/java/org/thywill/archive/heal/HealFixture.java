package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.testing.ArchiveTrees;
import org.thywill.archive.testing.Samples;

/** A copy of a sample (tree and database) in a temporary directory, and the heal service over it. */
final class HealFixture implements AutoCloseable {

    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:30:00Z"), ZoneOffset.UTC);

    final Path dir;
    final Path archives;
    final Path db;
    private final DatabaseProvider databases;
    final HealService heal;

    HealFixture(String sample, Path dir) {
        this.dir = dir;
        this.archives = Samples.copyArchives(sample, dir.resolve("text_archives"));
        this.db = Samples.copyDatabase(sample, dir.resolve("thywill.db"));
        this.databases = new DatabaseProvider(settings(db, archives));
        this.heal = new HealService(archives, databases);
    }

    static ThyWillSettings settings(Path db, Path archives) {
        return ArchiveTrees.settings(db, archives);
    }

    /**
     * The heal service over this copy, reading {@code chunkSize} prayers at a time; new export-all dumps are stamped
     * with one fixed minute, so that two heals of one fixture compare equal whenever they run.
     */
    HealService heal(int chunkSize) {
        return new HealService(archives, databases, chunkSize, FIXED_CLOCK);
    }

    HealFixture deleting(String... folders) {
        for (String f : folders) {
            deleteTree(archives.resolve(f));
        }
        return this;
    }

    /** Imports the tree into a new empty database {@code name}; returns its path. */
    Path importIntoEmpty(String name) {
        Path fresh = dir.resolve(name);
        ImportReport r = ArchiveTrees.importIntoEmpty(archives, fresh);
        if (r.hasProblems()) {
            throw new AssertionError("import had problems: " + r.getRejections() + r.getConflicts());
        }
        return fresh;
    }

    void sql(String sql, String... params) {
        databases.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of the tree by relative path: its bytes' hash and its mtime. */
    Map<String, String> state() {
        return ArchiveTrees.state(archives);
    }

    /** Every file of the tree by relative path: its bytes (as text), mtimes aside. */
    Map<String, String> contents() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(archives)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(archives.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every prayer's {@code text_file_path}, by id. */
    Map<String, String> prayerPointers() {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT id, text_file_path FROM prayer");
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), String.valueOf(rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        databases.close();
    }
}
