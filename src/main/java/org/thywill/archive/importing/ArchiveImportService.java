package org.thywill.archive.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.reconcile.Reconciler;
import org.thywill.archive.store.repo.ArchiveFileLedgerEntry;
import org.thywill.archive.store.repo.Repositories;

/**
 * Imports archive trees and single archive files into the database.
 *
 * <p>Each file is all or nothing: bad input is rejected before it writes anything, and a file that
 * fails unexpectedly loses exactly its rows (see {@link #importBatch}). A real run commits the files in
 * batches (one transaction per batch), because a commit per file costs more than reconciling the
 * file; a batch whose commit fails is retried file by file later, since the ledger does not remember
 * it. Files are read and parsed ahead of the writer on another thread ({@link ReadAhead}). A dry run
 * does the very same work in one transaction, a savepoint per file, and rolls it all back, so its
 * counts are exactly what a real run would insert.
 */
public class ArchiveImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveImportService.class);

    /**
     * The kinds whose rows the cross-file links read (inviters, tokens, user attributes). Linking
     * reads the whole user table, so it runs only after one of these was imported, once per run.
     */
    private static final java.util.Set<ArchiveKind> LINKED_KINDS = java.util.EnumSet.of(
            ArchiveKind.USER_REGISTRATIONS, ArchiveKind.USER_ATTRIBUTES, ArchiveKind.INVITE_USAGE,
            ArchiveKind.EXPORT_INVITE_TOKENS, ArchiveKind.EXPORT_INVITE_TOKEN_USAGE);

    private final ThyWillSettings settings;
    private final DatabaseProvider databases;
    private final Reconciler reconciler = new Reconciler();
    private final ArchiveFileImporter importer;
    private final int batchFiles;
    /** How many files the reconciler reads ahead for at once ({@link Reconciler#preload}). */
    private static final int PRELOAD_FILES = 128;
    /**
     * The archive root's ledger, by path: loaded once per opened database (a restore swaps the file and the
     * provider opens a new one: its ledger is read again), then kept in step with every committed import.
     */
    private Map<String, ArchiveFileLedgerEntry> ledger;
    private Database ledgerOf;

    public ArchiveImportService(ThyWillSettings settings, DatabaseProvider databases, long maxFileBytes, int batchFiles) {
        this.settings = settings;
        this.databases = databases;
        this.importer = new ArchiveFileImporter(reconciler, maxFileBytes);
        this.batchFiles = Math.max(1, batchFiles);
    }

    /**
     * Imports every file of a tree.
     *
     * @param from   the tree's root; null means the archive root (whose ledger lets unchanged files be skipped)
     * @param dryRun compute the exact changes, then roll them back
     */
    public ImportReport importTree(Path from, boolean dryRun, ImportProgress progress) {
        Path root = from == null ? settings.archives() : from.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("archive directory not found: " + root);
        }
        ImportProgress p = progress == null ? ImportProgress.NONE : progress;
        ArchiveTree.Scan scan = ArchiveTree.scan(root);
        p.started(scan.files().size());
        boolean isArchiveRoot = root.equals(settings.archives());
        return importFiles(root, scan.files(), scan.stats(), isArchiveRoot, dryRun, p);
    }

    /** Imports the given files of the archive root (a drop just merged them in), then links across files. */
    public ImportReport importArchiveFiles(Collection<Path> files) {
        Path root = settings.archives();
        return importFiles(root, ArchiveTree.inImportOrder(root, files), Map.of(), true, false, ImportProgress.NONE);
    }

    /** Imports one changed file of the archive root (the watcher's entry point), then links across files. */
    public FileOutcome importArchiveFile(String absolutePath) {
        Path f = Path.of(absolutePath).toAbsolutePath().normalize();
        ImportReport r = importFiles(settings.archives(), List.of(f), Map.of(), true, false, ImportProgress.NONE);
        FileOutcome o = r.outcomes().get(0);
        if (o.status() == FileOutcome.Status.REJECTED) {
            LOG.warn("Rejected {}: {}", o.path(), String.join("; ", o.problems()));
        } else if (o.status() == FileOutcome.Status.IMPORTED && o.changes().changedRows() > 0) {
            LOG.info("Imported {}: {} row(s) inserted", o.path(), o.changes().insertedRows());
        } else {
            LOG.debug("{}: {}, nothing new", o.path(), o.status());
        }
        return o;
    }

    /**
     * Whether the file at {@code relativePath} under the archive root was already handled with exactly
     * this size and mtime (imported or rejected): the watcher's cheap test, no file read.
     */
    public boolean isUnchanged(String relativePath, long size, long mtimeMs) {
        ArchiveFileLedgerEntry e = ledger(databases.get()).get(relativePath);
        return e != null && e.size() == size && e.mtimeMs() == mtimeMs;
    }

    /** @param stats what a tree walk saw of the files (may lack some, or all: they are then stat-ed here) */
    private ImportReport importFiles(Path root, List<Path> files, Map<Path, ArchiveTree.FileStat> stats,
                                     boolean useLedger, boolean dryRun,
                                     ImportProgress progress) {
        ImportReport report = new ImportReport(root.toString(), dryRun, files.size() == 1);
        long start = System.nanoTime();
        Database db = databases.get();
        if (dryRun) {
            // A dry run must not teach the shared ledger what it is about to roll back: it works on a copy.
            Map<String, ArchiveFileLedgerEntry> scratch = useLedger ? new HashMap<>(ledger(db)) : null;
            try (ReadAhead ahead = readAhead(root, files, scratch)) {
                db.runInTransaction(c -> {
                    applyAll(c, root, files.size(), i -> ahead.next(), scratch, true, o -> {
                        report.add(o);
                        progress.fileDone(o);
                    });
                    report.add(reconciler.linkAcrossFiles(c));
                    throw new DryRunRollback();
                });
            } catch (DryRunRollback expected) {
                // Everything the dry run did is rolled back; the report keeps the counts.
            }
        } else {
            boolean linksMayHaveChanged = false;
            List<Path> changed = new ArrayList<>(files.size());
            for (Path f : files) {
                // An unchanged file costs a stat and a map lookup, outside any transaction.
                FileOutcome unchanged = useLedger ? unchangedOutcome(root, f, stats.get(f), ledger(db)) : null;
                if (unchanged != null) {
                    report.add(unchanged);
                    progress.fileDone(unchanged);
                } else {
                    changed.add(f);
                }
            }
            try (ReadAhead ahead = readAhead(root, changed, useLedger ? ledger(db) : null)) {
                for (int from = 0; from < changed.size(); from += batchFiles) {
                    List<Path> batch = changed.subList(from, Math.min(changed.size(), from + batchFiles));
                    for (FileOutcome o : importBatch(db, root, batch, ahead, useLedger)) {
                        report.add(o);
                        progress.fileDone(o);
                        linksMayHaveChanged |= o.status() == FileOutcome.Status.IMPORTED
                                && LINKED_KINDS.contains(o.kind());
                    }
                }
            }
            if (linksMayHaveChanged) {
                report.add(db.inTransaction(reconciler::linkAcrossFiles));
            }
        }
        report.finish((System.nanoTime() - start) / 1_000_000);
        return report;
    }

    /** Prepares {@code files} ahead of the writer, each against the ledger entry it has when read (if any). */
    private ReadAhead readAhead(Path root, List<Path> files, Map<String, ArchiveFileLedgerEntry> ledger) {
        return new ReadAhead(files, f -> importer.prepare(root, f,
                ledger == null ? null : ledger.get(ArchiveTree.relative(root, f))), ReadAhead.DEFAULT_BUDGET_BYTES);
    }

    private static FileOutcome unchangedOutcome(Path root, Path f, ArchiveTree.FileStat seen,
                                                Map<String, ArchiveFileLedgerEntry> ledger) {
        String rel = ArchiveTree.relative(root, f);
        ArchiveFileLedgerEntry known = ledger.get(rel);
        if (known == null) {
            return null;
        }
        ArchiveTree.FileStat stat = seen;
        if (stat == null) {
            try {
                java.nio.file.attribute.BasicFileAttributes a =
                        Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                stat = new ArchiveTree.FileStat(a.size(), a.lastModifiedTime().toMillis());
            } catch (java.io.IOException e) {
                return null; // let the import itself report what is wrong with the file
            }
        }
        if (stat.size() == known.size() && stat.mtimeMs() == known.mtimeMs()) {
            return new FileOutcome(rel, ArchiveKind.of(rel).orElse(null), FileOutcome.Status.UNCHANGED, null, List.of());
        }
        return null;
    }

    /**
     * One batch in one transaction. It first runs without savepoints, which cost about a fifth of a cold import:
     * bad input never writes (a rejected or refused file leaves no row), so only an unexpected failure needs one.
     * If a file fails that way, the whole transaction is rolled back and the batch runs again with a savepoint
     * per file, so that only the failing file's rows are lost. If the transaction itself fails (the database is
     * locked, the disk is full...), nothing of the batch is in the ledger and the next run takes it again.
     */
    private List<FileOutcome> importBatch(Database db, Path root, List<Path> batch, ReadAhead ahead,
                                          boolean useLedger) {
        Map<String, ArchiveFileLedgerEntry> shared = useLedger ? ledger(db) : null;
        // The batch works on its own view of the ledger, published to the shared one only once committed.
        Map<String, ArchiveFileLedgerEntry> pending = useLedger ? new HashMap<>() : null;
        Map<String, ArchiveFileLedgerEntry> view = useLedger ? new OverlayMap(shared, pending) : null;
        int[] taken = {0};
        try {
            List<FileOutcome> outcomes = new ArrayList<>(batch.size());
            try {
                db.runInTransaction(c -> applyAll(c, root, batch.size(), i -> {
                    taken[0]++;
                    return ahead.next();
                }, view, false, outcomes::add));
            } catch (FileFailed e) {
                LOG.debug("{} failed inside its batch; the batch runs again with a savepoint per file", e.rel, e);
                if (pending != null) {
                    pending.clear();
                }
                outcomes.clear();
                int readAgain = taken[0];
                db.runInTransaction(c -> applyAll(c, root, batch.size(), i -> {
                    if (i < readAgain) {
                        Path f = batch.get(i);
                        return importer.prepare(root, f, view == null ? null : view.get(ArchiveTree.relative(root, f)));
                    }
                    taken[0]++;
                    return ahead.next();
                }, view, true, outcomes::add));
            }
            if (useLedger) {
                shared.putAll(pending);
            }
            return outcomes;
        } catch (ReadAhead.ReadAheadFailed e) {
            throw e;
        } catch (RuntimeException e) {
            for (; taken[0] < batch.size(); taken[0]++) {
                ahead.next(); // the rest of the batch was read ahead: skip it
            }
            List<FileOutcome> out = new ArrayList<>(batch.size());
            for (Path f : batch) {
                out.add(FileOutcome.rejected(ArchiveTree.relative(root, f), null, List.of(ArchiveTree.relative(root, f)
                        + ": import failed and was rolled back, it will be tried again: " + e.getMessage())));
            }
            return out;
        }
    }

    /**
     * Applies {@code count} prepared files, in order, inside the caller's transaction: in chunks (of at most
     * {@link #PRELOAD_FILES} files and the read-ahead's memory budget), each chunk's prayers read ahead by the
     * reconciler in a few statements. With {@code savepoints}, a file that fails loses
     * only its own rows; without, it throws {@link FileFailed} and the caller rolls the transaction back.
     */
    private void applyAll(Connection c, Path root, int count, IntFunction<PreparedFile> fileAt,
                          Map<String, ArchiveFileLedgerEntry> ledger, boolean savepoints, Consumer<FileOutcome> sink)
            throws SQLException {
        try {
            int next = 0;
            while (next < count) {
                List<PreparedFile> chunk = new ArrayList<>();
                long bytes = 0;
                while (next < count && chunk.size() < PRELOAD_FILES && bytes < ReadAhead.DEFAULT_BUDGET_BYTES) {
                    PreparedFile p = fileAt.apply(next++);
                    chunk.add(p);
                    bytes += p.size();
                }
                reconciler.preload(c, chunk.stream().map(PreparedFile::record).filter(Objects::nonNull).toList());
                for (PreparedFile p : chunk) {
                    if (savepoints) {
                        sink.accept(inSavepoint(c, root, p, ledger));
                    } else {
                        try {
                            sink.accept(importer.apply(c, root, p, ledger));
                        } catch (SQLException | RuntimeException e) {
                            throw new FileFailed(p.rel(), e);
                        }
                    }
                }
            }
        } finally {
            reconciler.forgetPreloaded(); // it read inside this transaction, which ends now
        }
    }

    private FileOutcome inSavepoint(Connection c, Path root, PreparedFile p, Map<String, ArchiveFileLedgerEntry> ledger)
            throws SQLException {
        // SQL savepoints: the writer runs its transactions with explicit BEGIN/COMMIT, not JDBC's.
        sql(c, "SAVEPOINT file_import");
        try {
            FileOutcome o = importer.apply(c, root, p, ledger);
            sql(c, "RELEASE file_import");
            return o;
        } catch (SQLException | RuntimeException e) {
            sql(c, "ROLLBACK TO file_import");
            sql(c, "RELEASE file_import");
            String reason = p.rel() + ": import failed and was rolled back: " + e.getMessage();
            if (ledger != null) {
                ArchiveFileLedgerEntry failed = ArchiveFileImporter.recordFailure(c, root, p.file(), reason);
                ledger.put(failed.path(), failed);
            }
            return FileOutcome.rejected(p.rel(), p.kind(), List.of(reason));
        }
    }

    /** The savepoint statements stay prepared per connection: three of them run for every file. */
    private final Map<String, java.sql.PreparedStatement> savepointStatements = new HashMap<>();
    private Connection savepointConnection;

    private synchronized void sql(Connection c, String statement) throws SQLException {
        if (c != savepointConnection) {
            savepointStatements.clear();
            savepointConnection = c;
        }
        java.sql.PreparedStatement ps = savepointStatements.get(statement);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(statement);
            savepointStatements.put(statement, ps);
        }
        ps.execute();
    }

    private synchronized Map<String, ArchiveFileLedgerEntry> ledger(Database db) {
        if (ledger == null || ledgerOf != db) {
            ledgerOf = db;
            ledger = db.read(c -> {
                Map<String, ArchiveFileLedgerEntry> m = new ConcurrentHashMap<>();
                for (ArchiveFileLedgerEntry e : Repositories.ARCHIVE_FILE_LEDGER.findAll(c)) {
                    m.put(e.path(), e);
                }
                return m;
            });
        }
        return ledger;
    }

    /** Reads through to the committed ledger; writes stay in {@code pending} until the batch commits. */
    private static final class OverlayMap extends java.util.AbstractMap<String, ArchiveFileLedgerEntry> {
        private final Map<String, ArchiveFileLedgerEntry> committed;
        private final Map<String, ArchiveFileLedgerEntry> pending;

        OverlayMap(Map<String, ArchiveFileLedgerEntry> committed, Map<String, ArchiveFileLedgerEntry> pending) {
            this.committed = committed;
            this.pending = pending;
        }

        @Override
        public ArchiveFileLedgerEntry get(Object key) {
            ArchiveFileLedgerEntry e = pending.get(key);
            return e != null ? e : committed.get(key);
        }

        @Override
        public ArchiveFileLedgerEntry put(String key, ArchiveFileLedgerEntry value) {
            return pending.put(key, value);
        }

        @Override
        public java.util.Set<Entry<String, ArchiveFileLedgerEntry>> entrySet() {
            Map<String, ArchiveFileLedgerEntry> all = new HashMap<>(committed);
            all.putAll(pending);
            return all.entrySet();
        }
    }

    /** A file failed unexpectedly inside a batch run without savepoints: the batch is rolled back and run again. */
    private static final class FileFailed extends RuntimeException {
        final String rel;

        FileFailed(String rel, Exception cause) {
            super(rel + ": " + cause.getMessage(), cause, false, false);
            this.rel = rel;
        }
    }

    /** Thrown to roll a dry run back once its report is complete. */
    private static final class DryRunRollback extends RuntimeException {
        DryRunRollback() {
            super("dry run", null, false, false);
        }
    }
}
