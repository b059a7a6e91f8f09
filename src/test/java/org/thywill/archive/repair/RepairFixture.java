package org.thywill.archive.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.testing.ArchiveTrees;
import org.thywill.archive.testing.Samples;

/** A copy of a sample (tree and database) in a temporary directory, and the repair services over it. */
final class RepairFixture implements AutoCloseable {

    /** The run time every repair of a fixture sees: its quarantine folder is {@code .repaired/20250301_101500}. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:00Z"), ZoneOffset.UTC);
    static final String QUARANTINE = ".repaired/20250301_101500";

    final Path dir;
    final Path archives;
    final Path db;
    private final DatabaseProvider databases;

    RepairFixture(String sample, Path dir) {
        this.dir = dir;
        this.archives = Samples.copyArchives(sample, dir.resolve("text_archives"));
        this.db = Samples.copyDatabase(sample, dir.resolve("thywill.db"));
        this.databases = new DatabaseProvider(settings(db, archives));
    }

    static ThyWillSettings settings(Path db, Path archives) {
        return ArchiveTrees.settings(db, archives);
    }

    RepairReport repair(boolean dryRun) {
        return new RepairArchivesService(archives, databases, CLOCK).repairArchives(dryRun);
    }

    ReconstructReport reconstruct(boolean dryRun) {
        return new ReconstructFromArchivesService(archives, databases).reconstruct(dryRun);
    }

    /** Imports the tree into a new empty database {@code name}; returns its path. */
    Path importIntoEmpty(String name) {
        Path fresh = dir.resolve(name);
        ImportReport r = ArchiveTrees.importIntoEmpty(archives, fresh);
        if (!r.getRejections().isEmpty()) {
            throw new AssertionError("import rejected files: " + r.getRejections());
        }
        return fresh;
    }

    Path file(String relative) {
        return archives.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, String text) {
        try {
            Files.createDirectories(file(relative).getParent());
            Files.writeString(file(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one statement on the database file (the service's connections are closed first). */
    void sql(String sql, Object... params) {
        databases.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query, each as {@code a|b|c} ({@code NULL} for null). */
    List<String> rows(String sql, Object... params) {
        return rows(db, sql, params);
    }

    static List<String> rows(Path db, String sql, Object... params) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cols = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        String v = rs.getString(i);
                        cols.add(v == null ? "NULL" : v);
                    }
                    out.add(String.join("|", cols));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** A prayer's {@code text_file_path}. */
    String prayerPointer(String id) {
        return rows("SELECT text_file_path FROM prayer WHERE id = ?", id).get(0);
    }

    String userPointer(String name) {
        return rows("SELECT text_file_path FROM \"user\" WHERE display_name = ?", name).get(0);
    }

    /** Every file of the tree (hidden ones included) by relative path: its bytes' hash and its mtime. */
    Map<String, String> state() {
        return ArchiveTrees.state(archives);
    }

    @Override
    public void close() {
        databases.close();
    }
}
