package org.thywill.archive.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.reconcile.Reconciler;
import org.thywill.archive.store.repo.ArchiveFileLedgerEntry;
import org.thywill.archive.store.repo.Repositories;

/**
 * Imports archive trees and single archive files into the database. A real run commits one
 * transaction per file, so a bad file leaves no row and the others go on; a dry run does the very
 * same work inside one transaction (a savepoint per file) and rolls it all back, so its counts are
 * exactly what a real run would insert.
 */
public class ArchiveImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveImportService.class);

    private final ThyWillSettings settings;
    private final DatabaseProvider databases;
    private final Reconciler reconciler = new Reconciler();
    private final ArchiveFileImporter importer;
    /** The archive root's ledger, by path: loaded once, then kept in step with every committed import. */
    private Map<String, ArchiveFileLedgerEntry> ledger;

    public ArchiveImportService(ThyWillSettings settings, DatabaseProvider databases, long maxFileBytes) {
        this.settings = settings;
        this.databases = databases;
        this.importer = new ArchiveFileImporter(reconciler, maxFileBytes);
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
        boolean isArchiveRoot = root.equals(settings.archives());
        ImportReport report = new ImportReport(root.toString(), dryRun);
        long start = System.nanoTime();
        Database db = databases.get();
        List<Path> files = ArchiveTree.files(root);
        progress.started(files.size());
        // A dry run must not teach the shared ledger what it is about to roll back: it works on a copy.
        Map<String, ArchiveFileLedgerEntry> ledger = !isArchiveRoot ? null
                : dryRun ? new HashMap<>(ledger(db)) : ledger(db);
        if (dryRun) {
            try {
                db.runInTransaction(c -> {
                    for (Path f : files) {
                        FileOutcome o = inSavepoint(c, root, f, ledger);
                        report.add(o);
                        progress.fileDone(o);
                    }
                    report.add(reconciler.linkAcrossFiles(c));
                    throw new DryRunRollback();
                });
            } catch (DryRunRollback expected) {
                // Everything the dry run did is rolled back; the report keeps the counts.
            }
        } else {
            for (Path f : files) {
                FileOutcome o = importOne(db, root, f, ledger);
                report.add(o);
                progress.fileDone(o);
            }
            report.add(db.inTransaction(reconciler::linkAcrossFiles));
        }
        report.finish((System.nanoTime() - start) / 1_000_000);
        return report;
    }

    /**
     * Imports the given files of the archive root (a drop just merged them in), through the ledger, one
     * transaction per file, then links across files.
     */
    public ImportReport importArchiveFiles(java.util.Collection<Path> files) {
        Path root = settings.archives();
        ImportReport report = new ImportReport(root.toString(), false);
        long start = System.nanoTime();
        Database db = databases.get();
        Map<String, ArchiveFileLedgerEntry> ledger = ledger(db);
        List<Path> ordered = ArchiveTree.inImportOrder(root, files);
        for (Path f : ordered) {
            report.add(importOne(db, root, f, ledger));
        }
        report.add(db.inTransaction(reconciler::linkAcrossFiles));
        report.finish((System.nanoTime() - start) / 1_000_000);
        return report;
    }

    /** Imports one changed file of the archive root (the watcher's entry point), then links across files. */
    public FileOutcome importArchiveFile(String absolutePath) {
        return importArchiveFile(Path.of(absolutePath));
    }

    public FileOutcome importArchiveFile(Path file) {
        Database db = databases.get();
        Path root = settings.archives();
        Path f = file.toAbsolutePath().normalize();
        FileOutcome o = importOne(db, root, f, ledger(db));
        if (o.status() == FileOutcome.Status.IMPORTED) {
            db.inTransaction(reconciler::linkAcrossFiles);
        }
        if (o.status() == FileOutcome.Status.REJECTED) {
            LOG.warn("Rejected {}: {}", o.path(), String.join("; ", o.problems()));
        } else if (o.status() == FileOutcome.Status.IMPORTED) {
            LOG.info("Imported {}: {} row(s) inserted", o.path(),
                    o.changes().inserted().values().stream().mapToInt(Integer::intValue).sum());
        }
        return o;
    }

    private FileOutcome importOne(Database db, Path root, Path f, Map<String, ArchiveFileLedgerEntry> ledger) {
        try {
            return db.inTransaction(c -> importer.importFile(c, root, f, ledger));
        } catch (RuntimeException e) {
            String reason = ArchiveTree.relative(root, f) + ": import failed and was rolled back: " + e.getMessage();
            if (ledger != null) {
                // Forget what the rolled-back transaction taught the cache, so the watcher tries again.
                ledger.remove(ArchiveTree.relative(root, f));
                db.runInTransaction(c -> ArchiveFileImporter.recordFailure(c, root, f, reason));
            }
            return FileOutcome.rejected(ArchiveTree.relative(root, f), null, List.of(reason));
        }
    }

    private FileOutcome inSavepoint(Connection c, Path root, Path f, Map<String, ArchiveFileLedgerEntry> ledger)
            throws SQLException {
        // SQL savepoints: the writer runs its transactions with explicit BEGIN/COMMIT, not JDBC's.
        sql(c, "SAVEPOINT file_import");
        try {
            FileOutcome o = importer.importFile(c, root, f, ledger);
            sql(c, "RELEASE file_import");
            return o;
        } catch (SQLException | RuntimeException e) {
            sql(c, "ROLLBACK TO file_import");
            sql(c, "RELEASE file_import");
            return FileOutcome.rejected(ArchiveTree.relative(root, f), null,
                    List.of(ArchiveTree.relative(root, f) + ": import failed and was rolled back: " + e.getMessage()));
        }
    }

    private static void sql(Connection c, String statement) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /**
     * Whether the file at {@code relativePath} under the archive root was already handled with exactly
     * this size and mtime (imported or rejected): the watcher's cheap test, no file read.
     */
    public boolean isUnchanged(String relativePath, long size, long mtimeMs) {
        ArchiveFileLedgerEntry e = ledger(databases.get()).get(relativePath);
        return e != null && e.size() == size && e.mtimeMs() == mtimeMs;
    }

    private synchronized Map<String, ArchiveFileLedgerEntry> ledger(Database db) {
        if (ledger == null) {
            ledger = db.read(c -> {
                Map<String, ArchiveFileLedgerEntry> m = new java.util.concurrent.ConcurrentHashMap<>();
                for (ArchiveFileLedgerEntry e : Repositories.ARCHIVE_FILE_LEDGER.findAll(c)) {
                    m.put(e.path(), e);
                }
                return m;
            });
        }
        return ledger;
    }

    /** Thrown to roll a dry run back once its report is complete. */
    private static final class DryRunRollback extends RuntimeException {
        DryRunRollback() {
            super("dry run", null, false, false);
        }
    }
}
