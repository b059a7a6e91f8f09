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
 * Imports one archive file, in two steps. {@link #prepare} reads it (refusing files over the size cap
 * without loading them), decodes strict UTF-8 and parses it with the reader of its kind, with no
 * database, so that it can run ahead of the writer. {@link #apply} then reconciles it, if the whole
 * file was understood, inside the caller's transaction. A file is all or nothing: any diagnostic
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
     * Step 1, no database, any thread: what the file is and holds.
     *
     * @param known the ledger's entry for this file when the source is the archive root, else null
     */
    public PreparedFile prepare(Path root, Path file, ArchiveFileLedgerEntry known) {
        String rel = ArchiveTree.relative(root, file);
        ArchiveKind kind = ArchiveKind.of(rel).orElse(null);
        if (kind == null) {
            return new PreparedFile(file, rel, null, known, 0, 0, "",
                    new FileOutcome(rel, null, FileOutcome.Status.IGNORED, null, List.of()), null,
                    PreparedFile.LedgerWrite.NONE);
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return unreadable(file, rel, kind, known, e);
        }
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        if (known != null && known.size() == size && known.mtimeMs() == mtime) {
            return decided(file, rel, kind, known, size, mtime, known.sha256(), FileOutcome.Status.UNCHANGED,
                    PreparedFile.LedgerWrite.NONE);
        }
        if (size > maxFileBytes) {
            return new PreparedFile(file, rel, kind, known, size, mtime, sha256(file),
                    FileOutcome.rejected(rel, kind, List.of(rel + ": file too large: " + size
                            + " bytes, the limit is " + maxFileBytes + " (thywill.import.max-file-bytes)")),
                    null, PreparedFile.LedgerWrite.BY_OUTCOME);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return unreadable(file, rel, kind, known, e);
        }
        String sha256 = sha256(bytes);
        if (known != null && known.sha256().equals(sha256)) {
            // Touched but not changed: remember the new mtime, do nothing else.
            return decided(file, rel, kind, known, size, mtime, sha256, FileOutcome.Status.UNCHANGED,
                    PreparedFile.LedgerWrite.KEEP_STATUS);
        }
        if (!Reconciler.imports(kind)) {
            // Informational: nothing of it goes into the database, so its lines are not parsed here (the
            // `parse` command reads them); it must still be text.
            List<String> problems = describe(rel, text(bytes).diagnostics());
            FileOutcome outcome = problems.isEmpty()
                    ? new FileOutcome(rel, kind, FileOutcome.Status.IMPORTED, Reconciler.notImported(kind), List.of())
                    : FileOutcome.rejected(rel, kind, problems);
            return new PreparedFile(file, rel, kind, known, size, mtime, sha256, outcome, null,
                    PreparedFile.LedgerWrite.BY_OUTCOME);
        }
        Parsed<?> parsed;
        try {
            parsed = parse(rel, bytes);
        } catch (RuntimeException e) {
            return rejected(file, rel, kind, known, size, mtime, sha256,
                    List.of(rel + ": the reader failed on this file (" + e + "); nothing of it was imported"));
        }
        if (!parsed.isClean()) {
            return rejected(file, rel, kind, known, size, mtime, sha256, describe(rel, parsed.diagnostics()));
        }
        return new PreparedFile(file, rel, kind, known, size, mtime, sha256, null, parsed.value(),
                PreparedFile.LedgerWrite.BY_OUTCOME);
    }

    /** The file's record, or its problems as diagnostics: text ({@link #text}), then its kind's reader. */
    private static Parsed<?> parse(String rel, byte[] bytes) {
        Parsed<String> text = text(bytes);
        if (!text.isClean()) {
            return text;
        }
        return ArchiveFormats.reader(ArchiveKind.of(rel).orElseThrow()).orElseThrow().read(text.value());
    }

    /** Strict UTF-8 with no NUL byte, or the diagnostics saying where it is not. */
    private static Parsed<String> text(byte[] bytes) {
        Parsed<String> text = Utf8.decode(bytes);
        if (!text.isClean()) {
            return text;
        }
        int nul = text.value().indexOf('\0');
        if (nul >= 0) {
            return new Parsed<>(null, List.of(Diagnostic.atLine(lineOf(text.value(), nul),
                    "binary content (a NUL byte) in a text archive")));
        }
        return text;
    }

    /**
     * Step 2, inside the caller's transaction: reconciles a prepared file and records it in the ledger.
     * A file prepared against a ledger entry that has changed since is prepared again first.
     *
     * @param ledger the ledger rows of this archive root by path, or null when the source is not the
     *               archive root (a foreign tree is always read in full)
     */
    public FileOutcome apply(Connection c, Path root, PreparedFile prepared, Map<String, ArchiveFileLedgerEntry> ledger)
            throws SQLException {
        PreparedFile p = prepared;
        if (ledger != null && p.kind() != null && ledger.get(p.rel()) != p.seen()) {
            p = prepare(root, p.file(), ledger.get(p.rel()));
        }
        FileOutcome outcome = p.outcome() != null ? p.outcome() : reconcile(c, p);
        if (ledger != null && p.ledger() != PreparedFile.LedgerWrite.NONE) {
            String status;
            String error;
            if (p.ledger() == PreparedFile.LedgerWrite.KEEP_STATUS) {
                status = p.seen().status();
                error = p.seen().error();
            } else {
                boolean rejected = outcome.status() == FileOutcome.Status.REJECTED;
                status = rejected ? REJECTED : IMPORTED;
                error = rejected ? String.join("\n", outcome.problems()) : null;
            }
            record(c, ledger, new ArchiveFileLedgerEntry(p.rel(), p.size(), p.mtimeMs(), p.sha256(), p.kind().name(),
                    now(), status, error));
        }
        return outcome;
    }

    /** Both steps at once, for a single file. */
    public FileOutcome importFile(Connection c, Path root, Path file, Map<String, ArchiveFileLedgerEntry> ledger)
            throws SQLException {
        return apply(c, root, prepare(root, file, ledger == null ? null : ledger.get(ArchiveTree.relative(root, file))),
                ledger);
    }

    private FileOutcome reconcile(Connection c, PreparedFile p) throws SQLException {
        FileReconciliation changes = reconciler.reconcile(c, p.kind(), p.rel(), p.record());
        List<String> conflicts = changes.conflicts().stream().map(m -> p.rel() + ": " + m).toList();
        if (changes.refused()) {
            // The reconciler wrote nothing for a refused file; it is rejected like any other bad input.
            return FileOutcome.rejected(p.rel(), p.kind(), conflicts);
        }
        return new FileOutcome(p.rel(), p.kind(), FileOutcome.Status.IMPORTED, changes, conflicts);
    }

    private static PreparedFile decided(Path file, String rel, ArchiveKind kind, ArchiveFileLedgerEntry known,
                                        long size, long mtime, String sha256, FileOutcome.Status status,
                                        PreparedFile.LedgerWrite write) {
        return new PreparedFile(file, rel, kind, known, size, mtime, sha256,
                new FileOutcome(rel, kind, status, null, List.of()), null, write);
    }

    private static PreparedFile rejected(Path file, String rel, ArchiveKind kind, ArchiveFileLedgerEntry known,
                                         long size, long mtime, String sha256, List<String> problems) {
        return new PreparedFile(file, rel, kind, known, size, mtime, sha256, FileOutcome.rejected(rel, kind, problems),
                null, PreparedFile.LedgerWrite.BY_OUTCOME);
    }

    /** Unreadable now (gone, no permission): reported, and not remembered, so the next run tries again. */
    private static PreparedFile unreadable(Path file, String rel, ArchiveKind kind, ArchiveFileLedgerEntry known,
                                           IOException e) {
        return new PreparedFile(file, rel, kind, known, 0, 0, "",
                FileOutcome.rejected(rel, kind, List.of(rel + ": cannot read: " + e.getMessage())), null,
                PreparedFile.LedgerWrite.NONE);
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
