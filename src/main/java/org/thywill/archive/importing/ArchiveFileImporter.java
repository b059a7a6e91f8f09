package org.thywill.archive.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.Utf8;
import org.thywill.archive.store.reconcile.FileReconciliation;
import org.thywill.archive.store.reconcile.Reconciler;
import org.thywill.archive.store.repo.ArchiveFileLedgerEntry;
import org.thywill.archive.store.repo.Repositories;

/**
 * Imports one archive file inside the caller's transaction: reads it (refusing files over the size
 * cap without loading them), decodes strict UTF-8, parses it with the reader of its kind and, if the
 * whole file is understood, reconciles it into the database. A file is all or nothing: any diagnostic
 * rejects it, naming the file, line and reason. The ledger remembers what was done with each content
 * so that an unchanged file costs one map lookup next time.
 */
public final class ArchiveFileImporter {

    static final String IMPORTED = "imported";
    static final String REJECTED = "rejected";

    private final Reconciler reconciler;
    private final long maxFileBytes;

    public ArchiveFileImporter(Reconciler reconciler, long maxFileBytes) {
        this.reconciler = reconciler;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * @param ledger the ledger rows of this archive root by path, or null when the source is not the
     *               archive root (a foreign tree is always read in full)
     */
    public FileOutcome importFile(Connection c, Path root, Path file, Map<String, ArchiveFileLedgerEntry> ledger)
            throws SQLException {
        String rel = ArchiveTree.relative(root, file);
        Optional<ArchiveKind> kind = ArchiveKind.of(rel);
        if (kind.isEmpty()) {
            return new FileOutcome(rel, null, FileOutcome.Status.IGNORED, null, List.of());
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return FileOutcome.rejected(rel, kind.get(), List.of(rel + ": cannot read: " + e.getMessage()));
        }
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        ArchiveFileLedgerEntry known = ledger == null ? null : ledger.get(rel);
        if (known != null && known.size() == size && known.mtimeMs() == mtime) {
            return new FileOutcome(rel, kind.get(), FileOutcome.Status.UNCHANGED, null, List.of());
        }
        FileOutcome outcome;
        String sha256;
        if (size > maxFileBytes) {
            sha256 = sha256(file);
            outcome = FileOutcome.rejected(rel, kind.get(), List.of(rel + ": file too large: " + size
                    + " bytes, the limit is " + maxFileBytes + " (thywill.import.max-file-bytes)"));
        } else {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return FileOutcome.rejected(rel, kind.get(), List.of(rel + ": cannot read: " + e.getMessage()));
            }
            sha256 = sha256(bytes);
            if (known != null && known.sha256().equals(sha256)) {
                // Touched but not changed: remember the new mtime, do nothing else.
                if (ledger != null) {
                    record(c, ledger, new ArchiveFileLedgerEntry(rel, size, mtime, sha256, kind.get().name(),
                            now(), known.status(), known.error()));
                }
                return new FileOutcome(rel, kind.get(), FileOutcome.Status.UNCHANGED, null, List.of());
            }
            outcome = parseAndReconcile(c, rel, kind.get(), bytes);
        }
        if (ledger != null) {
            boolean rejected = outcome.status() == FileOutcome.Status.REJECTED;
            record(c, ledger, new ArchiveFileLedgerEntry(rel, size, mtime, sha256, kind.get().name(), now(),
                    rejected ? REJECTED : IMPORTED, rejected ? String.join("\n", outcome.problems()) : null));
        }
        return outcome;
    }

    private FileOutcome parseAndReconcile(Connection c, String rel, ArchiveKind kind, byte[] bytes) throws SQLException {
        Parsed<String> text = Utf8.decode(bytes);
        if (!text.isClean()) {
            return FileOutcome.rejected(rel, kind, describe(rel, text.diagnostics()));
        }
        if (text.value().indexOf('\0') >= 0) {
            return FileOutcome.rejected(rel, kind, List.of(rel + ":" + lineOf(text.value(), text.value().indexOf('\0'))
                    + ": binary content (a NUL byte) in a text archive"));
        }
        Parsed<?> parsed = ArchiveFormats.reader(kind).orElseThrow().read(text.value());
        if (!parsed.isClean()) {
            return FileOutcome.rejected(rel, kind, describe(rel, parsed.diagnostics()));
        }
        FileReconciliation changes = reconciler.reconcile(c, kind, rel, parsed.value());
        List<String> conflicts = changes.conflicts().stream().map(m -> rel + ": " + m).toList();
        if (changes.refused()) {
            // The reconciler wrote nothing for a refused file; it is rejected like any other bad input.
            return FileOutcome.rejected(rel, kind, conflicts);
        }
        return new FileOutcome(rel, kind, FileOutcome.Status.IMPORTED, changes, conflicts);
    }

    /** Records, in the ledger, a file whose import failed unexpectedly (its savepoint was rolled back). */
    public static ArchiveFileLedgerEntry recordFailure(Connection c, Path root, Path file, String reason)
            throws SQLException {
        String rel = ArchiveTree.relative(root, file);
        long size = 0;
        long mtime = 0;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            size = a.size();
            mtime = a.lastModifiedTime().toMillis();
        } catch (IOException ignored) {
            // The file is gone or unreadable; the ledger row still says why it was not imported.
        }
        ArchiveFileLedgerEntry e = new ArchiveFileLedgerEntry(rel, size, mtime, "",
                ArchiveKind.of(rel).map(Enum::name).orElse(null), now(), REJECTED, reason);
        Repositories.ARCHIVE_FILE_LEDGER.upsert(c, e);
        return e;
    }

    private static void record(Connection c, Map<String, ArchiveFileLedgerEntry> ledger, ArchiveFileLedgerEntry e)
            throws SQLException {
        Repositories.ARCHIVE_FILE_LEDGER.upsert(c, e);
        ledger.put(e.path(), e);
    }

    private static List<String> describe(String rel, List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.describe(rel)).toList();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static String sha256(Path file) {
        MessageDigest md = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            return "";
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
