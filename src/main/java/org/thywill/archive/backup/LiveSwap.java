package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;
import org.thywill.archive.files.DurableFiles;

/**
 * Puts a checked temp file in place of the live database, so that no other process is writing it and no stale
 * WAL can ever be replayed onto the restored file (reference §9.1: the original copied over the file and left its
 * {@code -wal}/{@code -shm} in place).
 *
 * <ol>
 *   <li>Lock: a connection in {@code locking_mode=EXCLUSIVE} runs {@code BEGIN EXCLUSIVE; COMMIT} and so holds
 *       SQLite's exclusive lock on the file until it is closed: no other connection, in any process, reads or writes
 *       it meanwhile. It waits up to the busy timeout for the others' transactions, then the restore fails ("locked
 *       by another process") having changed nothing.</li>
 *   <li>No other opener: a connection may have the file open without holding a lock on it, and would go on using
 *       the replaced file after the swap; {@link OtherOpeners} looks for one (other processes' open files, the
 *       {@code -shm}'s lock byte), and if it finds one the restore fails the same way.</li>
 *   <li>Checkpoint: {@code PRAGMA wal_checkpoint(TRUNCATE)} copies whatever the WAL holds into the old file (it is
 *       what the pre-restore backup saw) and empties the WAL; it must report no busy reader.</li>
 *   <li>Unchanged: when the caller took a backup of the file before its work began, the file must still hold
 *       exactly what that backup holds ({@link ContentDigest}); a write by another process since (one that opened,
 *       wrote and closed the file, which the two steps above cannot see) fails the swap the same way.</li>
 *   <li>Under the lock, the old {@code -wal} and {@code -shm} are deleted: the restored file is never combined
 *       with them.</li>
 *   <li>The temp file is renamed over the database (atomic) and the folder is fsynced.</li>
 *   <li>The lock connection is closed: SQLite sees that its file was replaced (it compares the name's inode with
 *       its own) and neither checkpoints nor deletes anything by name, so a process that opened the restored file
 *       in between keeps its own {@code -wal}.</li>
 * </ol>
 * When there is no database yet, leftover {@code -wal}/{@code -shm}/{@code -journal} files (of a file that no longer
 * exists) are deleted and the temp file is linked to the name, which fails rather than replace a database that
 * appeared meanwhile.
 */
public final class LiveSwap {

    /**
     * @param removed  the stale files deleted before the rename, with their sizes
     * @param problems what went wrong after the rename (the database is in place)
     */
    public record Result(List<String> removed, List<String> problems) {
    }

    private LiveSwap() {
    }

    /** Where the database really is: a link is followed, as SQLite follows it, so the rename replaces its target. */
    public static Path target(Path database) throws IOException {
        Path d = database.toAbsolutePath().normalize();
        return Files.exists(d) ? d.toRealPath() : d;
    }

    /**
     * Swaps {@code temp} in for {@code target} (see the class comment).
     *
     * @param unchangedSince the {@link ContentDigest} of the backup taken of {@code target} before the work began, or
     *                       {@code null} when there was none; under the lock, after the checkpoint, the live file must
     *                       still hold exactly that, or a write that neither the backup nor {@code temp} carries
     *                       would be lost, and nothing is swapped
     */
    public static Result swap(Path temp, Path target, int busyTimeoutMs, String unchangedSince) {
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return placeNew(temp, target);
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new RestoreException(RestoreException.Reason.FAILED, target + " is not a regular file");
            }
            try (Connection lock = openLocking(target, busyTimeoutMs)) {
                lock(lock, target, busyTimeoutMs);
                List<String> others = OtherOpeners.of(target);
                if (!others.isEmpty()) {
                    throw locked(target, String.join(", ", others) + " has it open", null);
                }
                checkpoint(lock, target);
                if (unchangedSince != null && !ContentDigest.of(lock).equals(unchangedSince)) {
                    throw locked(target, "another process wrote to it after its backup was taken, and that write is"
                            + " in neither the backup nor the copy that would replace it", null);
                }
                List<String> removed = deleteCompanions(target, List.of("-wal", "-shm"));
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return new Result(removed, syncFolder(target));
            }
        } catch (SQLException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "could not lock and checkpoint " + target + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "could not put the restored file in place at "
                    + target + ": " + e, e);
        }
    }

    private static Result placeNew(Path temp, Path target) throws IOException {
        List<String> removed = deleteCompanions(target, List.of("-wal", "-shm", "-journal"));
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw new RestoreException(RestoreException.Reason.FAILED, "a file appeared at " + target
                    + " during the restore; it was not replaced");
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(temp);
        return new Result(removed, syncFolder(target));
    }

    private static Connection openLocking(Path target, int busyTimeoutMs) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMs);
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.resetOpenMode(SQLiteOpenMode.CREATE); // the file exists: never create one
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + target);
        return source.getConnection();
    }

    private static void lock(Connection c, Path target, int busyTimeoutMs) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            st.execute("COMMIT");
        } catch (SQLiteException e) {
            if (isBusy(e)) {
                throw locked(target, "it was still in use after waiting " + busyTimeoutMs + " ms", e);
            }
            throw e;
        }
    }

    private static void checkpoint(Connection c, Path target) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                throw locked(target, "its WAL could not be checkpointed: another connection is reading it", null);
            }
        }
    }

    static RestoreException locked(Path target, String detail, Throwable cause) {
        return new RestoreException(RestoreException.Reason.DATABASE_LOCKED, "database is locked by another process: "
                + target + " (" + detail + "; stop the process that has it open — the ThyWill web app, or"
                + " 'thywill run' — and try again)", cause);
    }

    /** Whether {@code e} or one of its causes is SQLite's "database is locked" (SQLITE_BUSY or an extended code of it). */
    public static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s && s.getResultCode() != null
                    && (s.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code) {
                return true;
            }
        }
        return false;
    }

    private static List<String> deleteCompanions(Path target, List<String> suffixes) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String suffix : suffixes) {
            Path p = target.resolveSibling(target.getFileName() + suffix);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                long size = Files.size(p);
                Files.delete(p);
                removed.add(p.getFileName() + " (" + size + " bytes)");
            }
        }
        return List.copyOf(removed);
    }

    private static List<String> syncFolder(Path target) {
        try {
            DurableFiles.fsyncDirectory(target.getParent());
            return List.of();
        } catch (IOException e) {
            return List.of("the restored database is in place, but its folder could not be synced (" + e
                    + "): a power loss now could bring back the old file");
        }
    }
}
