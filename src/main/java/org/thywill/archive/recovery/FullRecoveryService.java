package org.thywill.archive.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.backup.BackupException;
import org.thywill.archive.backup.BackupResult;
import org.thywill.archive.backup.BackupTaker;
import org.thywill.archive.backup.BackupTier;
import org.thywill.archive.backup.ContentDigest;
import org.thywill.archive.backup.DatabaseRelease;
import org.thywill.archive.backup.LiveSwap;
import org.thywill.archive.backup.ReplacementLock;
import org.thywill.archive.backup.RestoreException;
import org.thywill.archive.backup.RouteSwitch;
import org.thywill.archive.backup.SchemaCheck;
import org.thywill.archive.backup.SchemaReport;
import org.thywill.archive.backup.SchemaUpgrade;
import org.thywill.archive.backup.StagedCopy;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.importing.ArchiveImportService;
import org.thywill.archive.importing.ImportProgress;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.store.NotAThyWillDatabaseException;
import org.thywill.archive.store.SchemaMigration;
import org.thywill.archive.store.StoreException;

/**
 * {@code full-recovery} (route {@code full-recovery}): everything the archive tree holds merged into the live
 * database, which loses nothing it alone knows. In order, with the routes that write the database stopped for the
 * whole span ({@link RouteSwitch}: the same {@code DatabaseWriterRoutes} as a restore), so that no write of the
 * service lands between the backup and the swap:
 * <ol>
 *   <li>a verified backup of the live database (tier {@code pre_restore}: a recovery replaces the database as a
 *       restore does, and its backup is kept, listed and cleaned up with theirs); no database: a note says so;</li>
 *   <li>that backup copied beside the live database under a hidden temp name (hashed against the backup's
 *       SHA-256), or a new database with the full schema there when there is none; the store opens the copy as the
 *       service opens its database (adopt, pending migrations);</li>
 *   <li>the whole archive tree imported into the copy by the importer of {@code import text-archives}, without the
 *       ledger (every file is read, whatever the ledger says): its reconciler merges by multiset, so nothing is
 *       duplicated, no user is made up for a name that is no user (B31) and no role is granted (B33);</li>
 *   <li>the copy put back into one file and checked: {@code integrity_check}, the current schema (as
 *       {@code restore-safe} checks it), and no table with fewer rows than the live database had;</li>
 *   <li>when the import changed nothing (no row inserted, none completed by a link or pointer the archives give), the
 *       copy is deleted and the live database is left exactly as it was (not a byte, not its mtime): a second run
 *       changes nothing. Rows the archives complete count as a change, since recovering them is the point. Otherwise the copy replaces the live database as a
 *       restore's does ({@link LiveSwap}: the service's connections closed, SQLite's exclusive lock, no other
 *       opener, WAL checkpoint, stale {@code -wal}/{@code -shm} deleted, atomic rename, folder fsynced);</li>
 *   <li>the stopped routes started again, on every path.</li>
 * </ol>
 * Any failure leaves the live database unchanged and no temp file behind, and says so. One recovery at a time, and
 * none while a restore of the same database runs, in this process or another ({@link ReplacementLock}).
 *
 * <p>What the routes cannot keep out is another process writing the file between the backup and the swap: one that
 * still has it open at the swap (the ThyWill web app), or whose write left the file other than its backup, makes the
 * swap fail (see {@link LiveSwap}), so stop it first.
 */
public final class FullRecoveryService {

    private static final Logger LOG = LoggerFactory.getLogger(FullRecoveryService.class);

    private final Path database;
    private final Path archives;
    private final long maxFileBytes;
    private final int batchFiles;
    private final int busyTimeoutMs;
    private final BackupTaker backups;
    private final RouteSwitch routes;
    private final DatabaseRelease release;
    private final Clock clock;

    public FullRecoveryService(RecoverySettings settings, Path backups, RouteSwitch routes, DatabaseRelease release,
                               Clock clock) {
        this.database = settings.database();
        this.archives = settings.archives();
        this.maxFileBytes = settings.maxFileBytes();
        this.batchFiles = settings.batchFiles();
        this.busyTimeoutMs = settings.busyTimeoutMs();
        this.backups = new BackupTaker(database, backups, busyTimeoutMs, clock);
        this.routes = routes;
        this.release = release;
        this.clock = clock;
    }

    /** What is known of a recovery under way, for its error message. */
    private static final class Attempt {
        Path backup;
        boolean newDatabase;
    }

    /** What happened while the routes were stopped. */
    private record Merged(Path backup, String backupNote, ImportReport imported, Map<String, Long> before,
                          Map<String, Long> after, SchemaReport schema, boolean swapped, String swapNote,
                          List<String> removed, List<String> problems) {
    }

    /** Merges the archive tree into the live database (see the class comment). */
    public synchronized FullRecoveryReport recover() {
        Instant startedAt = clock.instant();
        if (!Files.isDirectory(archives)) {
            throw new FullRecoveryException(FullRecoveryException.Reason.REFUSED, "full recovery refused: archive"
                    + " directory not found: " + archives + "; nothing was changed", null);
        }
        Path target;
        try {
            target = LiveSwap.target(database);
        } catch (IOException e) {
            throw new FullRecoveryException(FullRecoveryException.Reason.FAILED, "cannot resolve " + database + ": "
                    + e + "; nothing was changed", e);
        }
        List<String> stopped;
        Attempt attempt = new Attempt();
        Merged merged = null;
        RuntimeException failure = null;
        RouteSwitch.Restart restart;
        try (ReplacementLock held = lock(target)) {
            try {
                stopped = routes.stopStarted();
            } catch (RestoreException e) {
                throw new FullRecoveryException(FullRecoveryException.Reason.FAILED, e.getMessage(), e);
            }
            try {
                merged = whileStopped(target, attempt);
            } catch (RuntimeException e) {
                failure = e;
            }
            restart = routes.start(stopped);
        }
        if (failure != null) {
            throw explain(failure, target, attempt, stopped, restart);
        }
        List<String> problems = new ArrayList<>(merged.problems());
        problems.addAll(restart.problems());
        ImportReport r = merged.imported();
        LOG.info("Full recovery of {} from {}: {} row(s) inserted, {} (backup: {}; routes stopped and started"
                + " again: {}){}", target, archives, r.totalInserted(), merged.swapped() ? "swapped in"
                : "not swapped", merged.backup() == null ? "none" : merged.backup(), stopped,
                problems.isEmpty() ? "" : "; problems: " + String.join("; ", problems));
        return new FullRecoveryReport(target, archives, merged.backup(), merged.backupNote(),
                merged.backup() == null, new TreeMap<>(r.getFiles()), new TreeMap<>(r.getInserted()),
                new TreeMap<>(r.getUpdated()), first(r.getRejections()), first(r.getConflicts()), merged.before(),
                merged.after(), merged.schema(), merged.swapped(), merged.swapNote(), merged.removed(), stopped,
                restart.started(), List.copyOf(problems), startedAt, clock.instant());
    }

    private static ReplacementLock lock(Path target) {
        try {
            return ReplacementLock.acquire(target, "full-recovery");
        } catch (ReplacementLock.Busy e) {
            throw new FullRecoveryException(FullRecoveryException.Reason.DATABASE_LOCKED, "full recovery refused: "
                    + e.getMessage() + "; nothing was changed", null);
        } catch (IOException e) {
            throw new FullRecoveryException(FullRecoveryException.Reason.FAILED, "full recovery failed: cannot lock "
                    + ReplacementLock.file(target) + ": " + e + "; nothing was changed", e);
        }
    }

    private Merged whileStopped(Path target, Attempt attempt) {
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        String backupNote = null;
        String versionBefore = null;
        Map<String, Long> before = Map.of();
        Path temp;
        try {
            if (exists) {
                BackupResult b = backUp(target);
                attempt.backup = b.file();
                versionBefore = b.schemaVersion();
                before = TableCounts.of(b.file());
                temp = StagedCopy.stage(b.file(), b.sha256(), target);
            } else {
                attempt.newDatabase = true;
                backupNote = "no database at " + target + ": nothing to back up; a new database is built from the"
                        + " archives";
                DurableFiles.createDirectoriesDurably(target.getParent());
                temp = DurableFiles.createTemp(target.getParent(), target.getFileName() + ".recovery");
            }
        } catch (IOException e) {
            throw failed("could not stage a copy beside " + target + ": " + e, e);
        } catch (SQLException e) {
            throw failed("could not count the rows of the backup: " + e.getMessage(), e);
        } catch (RestoreException e) {
            throw failed(e.getMessage(), e);
        }
        try {
            ImportReport imported;
            SchemaMigration migration;
            // Its own settings: the archive root they name is nowhere, so the tree is "another tree" to the importer,
            // which reads every file of it in full and keeps no ledger of it.
            ThyWillSettings own = new ThyWillSettings(temp, temp.resolveSibling(temp.getFileName() + ".no-root"),
                    temp.resolveSibling(temp.getFileName() + ".no-incoming"),
                    temp.resolveSibling(temp.getFileName() + ".no-backups"), busyTimeoutMs);
            try (DatabaseProvider copy = new DatabaseProvider(own)) {
                migration = open(copy, target);
                imported = new ArchiveImportService(own, copy, maxFileBytes, batchFiles)
                        .importTree(archives, false, ImportProgress.NONE);
            }
            SchemaUpgrade.toSingleFile(temp);
            StagedCopy.fsync(temp);
            SchemaReport schema = SchemaCheck.check(temp, versionBefore, migration.openedAs().name(),
                    migration.migrationsExecuted());
            if (!schema.ok()) {
                throw new FullRecoveryException(FullRecoveryException.Reason.REFUSED, "full recovery refused: the"
                        + " merged copy does not check out: " + String.join("; ", schema.problems()), null);
            }
            Map<String, Long> after = TableCounts.of(temp);
            List<String> lost = TableCounts.lost(before, after);
            if (!lost.isEmpty()) {
                throw new FullRecoveryException(FullRecoveryException.Reason.REFUSED, "full recovery refused: the"
                        + " merged copy has fewer rows than the live database in " + String.join(", ", lost), null);
            }
            if (imported.totalInserted() == 0 && updatedRows(imported) == 0) {
                return new Merged(attempt.backup, backupNote, imported, before, after, schema, false,
                        "the archives hold nothing the database lacks: nothing was inserted or completed and the"
                                + " database was left as it was", List.of(), List.of());
            }
            String unchangedSince = attempt.backup == null ? null : ContentDigest.of(attempt.backup);
            LiveSwap.Result swap = release.whileReleased(() -> LiveSwap.swap(temp, target, busyTimeoutMs,
                    unchangedSince));
            return new Merged(attempt.backup, backupNote, imported, before, after, schema, true, null,
                    swap.removed(), swap.problems());
        } catch (SQLException e) {
            throw failed("could not check the merged copy: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failed("could not write the merged copy: " + e, e);
        } finally {
            StagedCopy.deleteWithCompanions(temp);
        }
    }

    /** Opens the copy as the service opens its database (adopt, pending migrations). */
    private static SchemaMigration open(DatabaseProvider copy, Path target) {
        try {
            return copy.get().migration();
        } catch (NotAThyWillDatabaseException e) {
            throw new FullRecoveryException(FullRecoveryException.Reason.REFUSED, "full recovery refused: the store"
                    + " refuses the copy of " + target + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw failed("the store could not open or migrate the copy of " + target + ": " + e.getMessage(), e);
        }
    }

    private BackupResult backUp(Path target) {
        try {
            return backups.take(BackupTier.PRE_RESTORE);
        } catch (BackupException e) {
            if (LiveSwap.isBusy(e)) {
                throw new FullRecoveryException(FullRecoveryException.Reason.DATABASE_LOCKED, "database is locked by"
                        + " another process: " + target + " (the pre-recovery backup could not read it within "
                        + busyTimeoutMs + " ms; stop the process that has it open — the ThyWill web app, or"
                        + " 'thywill run' — and try again)", e);
            }
            FullRecoveryException.Reason reason = isUnreadable(e) ? FullRecoveryException.Reason.REFUSED
                    : FullRecoveryException.Reason.FAILED;
            throw new FullRecoveryException(reason, "full recovery refused: the pre-recovery backup of " + target
                    + " failed (" + e.getMessage() + "); a database that cannot be backed up is not merged into:"
                    + " restore a backup (thywill restore) or move it away first", e);
        }
    }

    /** The live file is no SQLite database, or a corrupt one (not a passing problem such as a full disk). */
    private static boolean isUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s && s.getResultCode() != null) {
                int primary = s.getResultCode().code & 0xff;
                if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                    return true;
                }
            }
            if (t.getMessage() != null && t.getMessage().contains("integrity_check")) {
                return true;
            }
        }
        return false;
    }

    private static FullRecoveryException failed(String message, Throwable cause) {
        return new FullRecoveryException(FullRecoveryException.Reason.FAILED, "full recovery failed: " + message,
                cause);
    }

    private static FullRecoveryException explain(RuntimeException failure, Path target, Attempt attempt,
                                                 List<String> stopped, RouteSwitch.Restart restart) {
        FullRecoveryException.Reason reason;
        if (failure instanceof FullRecoveryException f) {
            reason = f.reason();
        } else if (failure instanceof RestoreException r) {
            reason = r.reason() == RestoreException.Reason.DATABASE_LOCKED
                    ? FullRecoveryException.Reason.DATABASE_LOCKED : FullRecoveryException.Reason.FAILED;
        } else {
            reason = FullRecoveryException.Reason.FAILED;
        }
        String message = failure instanceof FullRecoveryException || failure instanceof RestoreException
                ? failure.getMessage() : "full recovery failed: " + failure;
        StringBuilder more = new StringBuilder(message);
        if (attempt.newDatabase) {
            more.append("; no database was created at ").append(target);
        } else {
            more.append("; the database ").append(target).append(" was not changed");
        }
        if (attempt.backup != null) {
            more.append("; its pre-recovery backup is ").append(attempt.backup);
        }
        more.append(stopped.isEmpty() ? "; no route had to be stopped"
                : "; routes started again: " + String.join(", ", restart.started()));
        restart.problems().forEach(p -> more.append("; ").append(p));
        return new FullRecoveryException(reason, more.toString(), failure);
    }

    private static int updatedRows(ImportReport r) {
        return r.getUpdated().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> first(List<String> lines) {
        return List.copyOf(lines.subList(0, Math.min(lines.size(), FullRecoveryReport.MAX_LISTED)));
    }
}
