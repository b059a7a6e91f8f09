package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Checks a backup file without changing it: its SHA-256 against its sidecar (which must name this file), its
 * manifest against the file, its header (SQLite, not truncated), {@code PRAGMA integrity_check} on a read-only,
 * immutable open (no {@code -wal}/{@code -shm} is created next to it), and that its schema version can be read.
 * A missing sidecar or manifest is a problem unless {@code allowMissingChecksum} (a backup of the original has
 * neither).
 */
public final class BackupVerifier {

    public VerifyReport verify(Path file, boolean allowMissingChecksum) {
        Path f = file.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Files.exists(f) ? "not a regular file: " + f : "no such backup file: " + f);
            return new VerifyReport(f, false, null, null, problems, notes);
        }
        String name = f.getFileName().toString();
        // hashed on another thread while SQLite checks the file: both read it from the page cache
        CompletableFuture<String> hashing = Sha256Sidecar.hashInBackground(f);
        List<String> dbProblems = new ArrayList<>();
        List<String> dbNotes = new ArrayList<>();
        String schemaVersion = null;
        Map<String, Long> tables = null;
        String header = headerProblem(f, dbProblems);
        if (header == null) {
            try (SqliteFile db = SqliteFile.openReadOnly(f)) {
                List<String> integrity = db.integrityCheck();
                if (!SqliteFile.isOk(integrity)) {
                    dbProblems.add("PRAGMA integrity_check failed: "
                            + String.join("; ", integrity.subList(0, Math.min(5, integrity.size())))
                            + (integrity.size() > 5 ? " (" + integrity.size() + " lines)" : ""));
                } else {
                    schemaVersion = db.schemaVersion();
                    tables = db.rowCounts();
                    if (schemaVersion == null) {
                        dbNotes.add("no schema history (flyway_schema_history): a database this pipeline has not"
                                + " opened yet; user_version " + db.userVersion());
                    }
                }
            } catch (SQLException e) {
                dbProblems.add("cannot read it as SQLite: " + e.getMessage());
            }
        }
        String sha256;
        long size;
        try {
            sha256 = Sha256Sidecar.await(hashing);
            size = Files.size(f);
        } catch (IOException e) {
            problems.add("cannot read the file: " + e.getMessage());
            return new VerifyReport(f, false, null, null, problems, notes);
        }
        checkSidecar(f, name, sha256, allowMissingChecksum, problems, notes);
        problems.addAll(dbProblems);
        notes.addAll(dbNotes);
        checkManifest(f, name, sha256, size, schemaVersion, tables, allowMissingChecksum, problems, notes);
        return new VerifyReport(f, problems.isEmpty(), sha256, schemaVersion, List.copyOf(problems),
                List.copyOf(notes));
    }

    private static String headerProblem(Path f, List<String> problems) {
        try {
            String p = SqliteFile.headerProblem(f);
            if (p != null) {
                problems.add(p);
            }
            return p;
        } catch (IOException e) {
            problems.add("cannot read the file: " + e.getMessage());
            return e.getMessage();
        }
    }

    private static void checkSidecar(Path f, String name, String sha256, boolean allowMissing, List<String> problems,
                                     List<String> notes) {
        Path sidecar = f.resolveSibling(BackupNames.sidecarOf(name));
        if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            if (allowMissing) {
                notes.add("no checksum sidecar " + sidecar.getFileName() + " (allowed by --allow-missing-checksum)");
            } else {
                problems.add("no checksum sidecar " + sidecar.getFileName()
                        + " (use --allow-missing-checksum for a backup that never had one)");
            }
            return;
        }
        Sha256Sidecar s;
        try {
            s = Sha256Sidecar.parse(Files.readString(sidecar, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            problems.add("unreadable checksum sidecar " + sidecar.getFileName() + ": " + e.getMessage());
            return;
        }
        if (!s.names(name)) {
            problems.add("the checksum sidecar belongs to another file: " + sidecar.getFileName() + " names '"
                    + s.fileName() + "', not '" + name + "'");
            return;
        }
        if (!s.fileName().equals(name)) {
            notes.add("the sidecar names the file by a path ('" + s.fileName() + "'), as the original wrote it");
        }
        if (!s.sha256().equals(sha256)) {
            problems.add("checksum mismatch: the file's SHA-256 is " + sha256 + ", its sidecar says " + s.sha256()
                    + " (the file changed or is damaged)");
        }
    }

    private static void checkManifest(Path f, String name, String sha256, long size, String schemaVersion,
                                      Map<String, Long> tables, boolean allowMissing, List<String> problems,
                                      List<String> notes) {
        Path path = f.resolveSibling(BackupNames.manifestOf(name));
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (allowMissing) {
                notes.add("no manifest " + path.getFileName());
            } else {
                problems.add("no manifest " + path.getFileName());
            }
            return;
        }
        BackupManifest m;
        try {
            m = ManifestJson.read(path);
        } catch (IOException e) {
            problems.add("unreadable manifest " + path.getFileName() + ": " + e.getMessage());
            return;
        }
        if (!name.equals(m.file())) {
            problems.add("the manifest belongs to another file: it names '" + m.file() + "', not '" + name + "'");
            return;
        }
        if (m.sizeBytes() != size) {
            problems.add("size differs from the manifest: " + size + " bytes, the manifest says " + m.sizeBytes());
        }
        if (!sha256.equals(m.sha256())) {
            problems.add("SHA-256 differs from the manifest: " + sha256 + ", the manifest says " + m.sha256());
        }
        if (tables != null) {
            if (!Objects.equals(schemaVersion, m.schemaVersion())) {
                problems.add("schema version " + schemaVersion + " differs from the manifest's " + m.schemaVersion());
            }
            if (!tables.equals(m.tables())) {
                problems.add("row counts differ from the manifest: " + tables + ", the manifest says " + m.tables());
            }
        }
    }
}
