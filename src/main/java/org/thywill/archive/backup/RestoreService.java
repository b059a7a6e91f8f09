package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thywill.archive.store.SchemaMigration;

/**
 * The restores behind the routes {@code restore} and {@code restore-safe}. In order:
 * <ol>
 *   <li>verify the backup ({@link BackupVerifier}); a backup that does not verify is refused, nothing touched;</li>
 *   <li>stop the routes that write the database ({@link DatabaseWriterRoutes}), so what they are doing finishes
 *       and nothing new starts;</li>
 *   <li>take a pre-restore backup of the live database by the same snapshot as every backup
 *       ({@link BackupTaker}, tier {@code pre_restore}); after the routes stopped, so no write of ours falls
 *       between the snapshot and the swap. No database file: nothing to keep, a note says so. A database that
 *       cannot be backed up is not replaced (move it away first);</li>
 *   <li>copy the backup beside the live database ({@link StagedCopy}: hashed against what was verified, fsynced,
 *       {@code integrity_check}, ThyWill tables); {@code restore-safe} migrates that copy as the service does on
 *       open and checks its schema ({@link SchemaUpgrade}, {@link SchemaCheck}), so a backup that cannot be brought
 *       to the current schema never replaces anything;</li>
 *   <li>close the service's connections ({@link DatabaseRelease}: nothing reopens them meanwhile), take SQLite's
 *       exclusive lock on the live file, make sure no other process has it open ({@link OtherOpeners}), checkpoint
 *       it, delete its stale {@code -wal}/{@code -shm} and rename the copy over it ({@link LiveSwap});</li>
 *   <li>start the stopped routes again — also when any step failed; then the error says that the database was not
 *       changed, and names the pre-restore copy when one was taken.</li>
 * </ol>
 * One restore at a time, and none while a full recovery of the same database runs, in this process or another
 * ({@link ReplacementLock}).
 */
public final class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private final Path database;
    private final BackupTaker preRestore;
    private final int busyTimeoutMs;
    private final RouteSwitch routes;
    private final DatabaseRelease release;
    private final Clock clock;
    private final BackupVerifier verifier = new BackupVerifier();

    public RestoreService(Path database, Path backups, int busyTimeoutMs, RouteSwitch routes, DatabaseRelease release,
                          Clock clock) {
        this.database = database.toAbsolutePath().normalize();
        this.preRestore = new BackupTaker(this.database, backups, busyTimeoutMs, clock);
        this.busyTimeoutMs = busyTimeoutMs;
        this.routes = routes;
        this.release = release;
        this.clock = clock;
    }

    /** Restores {@code file} over the live database (see the class comment). */
    public synchronized RestoreReport restore(Path file, Boolean allowMissingChecksum) {
        return run("restore", file, Boolean.TRUE.equals(allowMissingChecksum), false);
    }

    /** {@link #restore}, with the copy migrated to the current schema and checked before it replaces anything. */
    public synchronized RestoreReport restoreSafe(Path file, Boolean allowMissingChecksum) {
        return run("restore-safe", file, Boolean.TRUE.equals(allowMissingChecksum), true);
    }

    /** What is known of a restore under way, for its error message. */
    private static final class Attempt {
        Path preRestore;
    }

    /** What happened while the routes were stopped. */
    private record Swapped(long sizeBytes, Long previousBytes, Path preRestore, String preRestoreNote,
                           List<String> removed, List<String> problems, SchemaReport schema) {
    }

    private RestoreReport run(String command, Path file, boolean allowMissingChecksum, boolean safe) {
        Instant startedAt = clock.instant();
        if (file == null) {
            throw new IllegalArgumentException(command + " needs a backup file (header thywillFile)");
        }
        Path backup = file.toAbsolutePath().normalize();
        VerifyReport verified = verifier.verify(backup, allowMissingChecksum);
        if (!verified.ok()) {
            throw new RestoreException(RestoreException.Reason.BACKUP_REJECTED, "restore refused: " + backup
                    + " does not verify: " + String.join("; ", verified.problems()) + "; nothing was changed");
        }
        Path target;
        try {
            target = LiveSwap.target(database);
        } catch (IOException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "cannot resolve " + database + ": " + e, e);
        }
        if (backup.equals(target) || sameFile(backup, target)) {
            throw new RestoreException(RestoreException.Reason.BACKUP_REJECTED, "restore refused: " + backup
                    + " is the live database itself; nothing was changed");
        }

        List<String> stopped;
        Attempt attempt = new Attempt();
        Swapped swapped = null;
        RuntimeException failure = null;
        RouteSwitch.Restart restart;
        try (ReplacementLock held = lock(command, target)) {
            stopped = routes.stopStarted();
            try {
                swapped = whileStopped(backup, verified, target, safe, attempt);
            } catch (RuntimeException e) {
                failure = e;
            }
            restart = routes.start(stopped);
        }
        if (failure != null) {
            throw explain(failure, target, attempt, stopped, restart);
        }
        List<String> problems = new ArrayList<>(swapped.problems());
        problems.addAll(restart.problems());
        LOG.info("Restored {} from {} (pre-restore copy: {}; routes stopped and started again: {}){}", target, backup,
                swapped.preRestore() == null ? "none" : swapped.preRestore(), stopped,
                problems.isEmpty() ? "" : "; problems: " + String.join("; ", problems));
        return new RestoreReport(command, backup, target, verified.sha256(), swapped.sizeBytes(),
                swapped.previousBytes(), swapped.preRestore(), swapped.preRestoreNote(), swapped.removed(), stopped,
                restart.started(), List.copyOf(problems), startedAt, clock.instant(), swapped.schema());
    }

    private static ReplacementLock lock(String command, Path target) {
        try {
            return ReplacementLock.acquire(target, command);
        } catch (ReplacementLock.Busy e) {
            throw new RestoreException(RestoreException.Reason.DATABASE_LOCKED, command + " refused: "
                    + e.getMessage() + "; nothing was changed");
        } catch (IOException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, command + " failed: cannot lock "
                    + ReplacementLock.file(target) + ": " + e + "; nothing was changed", e);
        }
    }

    private Swapped whileStopped(Path backup, VerifyReport verified, Path target, boolean safe, Attempt attempt) {
        Long previousBytes = sizeOrNull(target);
        String preRestoreNote = null;
        if (previousBytes == null) {
            preRestoreNote = "no database at " + target + ": nothing to keep";
        } else {
            try {
                attempt.preRestore = preRestore.take(BackupTier.PRE_RESTORE).file();
            } catch (BackupException e) {
                if (LiveSwap.isBusy(e)) {
                    throw LiveSwap.locked(target, "the pre-restore backup could not read it within " + busyTimeoutMs
                            + " ms", e);
                }
                throw new RestoreException(RestoreException.Reason.FAILED, "the pre-restore backup of " + target
                        + " failed (" + e.getMessage() + "); a database that cannot be backed up is not replaced:"
                        + " move it away first", e);
            }
        }
        Path temp;
        try {
            temp = StagedCopy.stage(backup, verified.sha256(), target);
        } catch (IOException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "could not copy " + backup + " beside "
                    + target + ": " + e, e);
        }
        try {
            StagedCopy.check(temp, backup);
            SchemaReport schema = null;
            if (safe) {
                SchemaMigration m = SchemaUpgrade.migrate(temp, backup, busyTimeoutMs);
                schema = SchemaCheck.check(temp, verified.schemaVersion(), m.openedAs().name(),
                        m.migrationsExecuted());
                if (!schema.ok()) {
                    throw new RestoreException(RestoreException.Reason.BACKUP_REJECTED, "restore refused: the"
                            + " migrated copy of " + backup + " does not have the current schema: "
                            + String.join("; ", schema.problems()));
                }
            }
            long size = Files.size(temp);
            String unchangedSince = attempt.preRestore == null ? null : ContentDigest.of(attempt.preRestore);
            LiveSwap.Result swap = release.whileReleased(() -> LiveSwap.swap(temp, target, busyTimeoutMs,
                    unchangedSince));
            return new Swapped(size, previousBytes, attempt.preRestore, preRestoreNote, swap.removed(),
                    swap.problems(), schema);
        } catch (SQLException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "could not check the copy of " + backup + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "could not read the copy of " + backup + ": "
                    + e, e);
        } finally {
            StagedCopy.deleteWithCompanions(temp);
        }
    }

    private static RestoreException explain(RuntimeException failure, Path target, Attempt attempt,
                                            List<String> stopped, RouteSwitch.Restart restart) {
        StringBuilder more = new StringBuilder("; the database ").append(target).append(" was not changed");
        if (attempt.preRestore != null) {
            more.append("; its pre-restore copy is ").append(attempt.preRestore);
        }
        more.append(stopped.isEmpty() ? "; no route had to be stopped"
                : "; routes started again: " + String.join(", ", restart.started()));
        restart.problems().forEach(p -> more.append("; ").append(p));
        RestoreException e = failure instanceof RestoreException r ? r
                : new RestoreException(RestoreException.Reason.FAILED, "restore failed: " + failure.getMessage(),
                        failure);
        return e.explained(more.toString());
    }

    private static Long sizeOrNull(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
