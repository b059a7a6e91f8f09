package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who else has a database open, as far as can be seen. SQLite's exclusive lock keeps out every connection that reads
 * or writes, but not one that merely has the file open: a connection that switched the file to WAL holds no lock on
 * it between transactions, and one that has not read yet holds none at all. Such a connection keeps the replaced
 * file open after the swap. So before the swap:
 * <ul>
 *   <li>on Linux, every other process's open files ({@code /proc/<pid>/fd}) are compared with the database and its
 *       {@code -wal}/{@code -shm} (processes of other users are visible to root only);</li>
 *   <li>the {@code -shm} file's "dead man switch" byte (offset 128) must be free: every connection that has the WAL
 *       index mapped holds a shared lock on it for as long as it is open, in any process (Java's file locks are the
 *       same POSIX record locks SQLite takes).</li>
 * </ul>
 * This process is not looked at: the service has closed its connections by then.
 */
final class OtherOpeners {

    private static final long SHM_DMS_OFFSET = 128;

    private OtherOpeners() {
    }

    /** What has {@code database} open besides this process, one description each; empty when nothing is seen. */
    static List<String> of(Path database) {
        List<String> found = new ArrayList<>(processes(database));
        if (shmInUse(database.resolveSibling(database.getFileName() + "-shm"))) {
            found.add("a connection that has its WAL index (" + database.getFileName() + "-shm) open");
        }
        return List.copyOf(found);
    }

    private static List<String> processes(Path database) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc.resolve("self/fd"))) {
            return List.of();
        }
        String db = database.toString();
        Set<String> names = Set.of(db, db + "-wal", db + "-shm");
        long self = ProcessHandle.current().pid();
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path pid : pids) {
                if (Long.parseLong(pid.getFileName().toString()) != self && holds(pid, names)) {
                    found.add("process " + pid.getFileName() + " (" + commandLine(pid) + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            // /proc is unreadable here: the lock and the -shm check still apply
        }
        return found;
    }

    private static boolean holds(Path pid, Set<String> names) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(pid.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    if (names.contains(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException gone) {
                    // the descriptor was closed meanwhile
                }
            }
        } catch (IOException | RuntimeException notOurs) {
            // another user's process, or it ended: not visible
        }
        return false;
    }

    private static String commandLine(Path pid) {
        try {
            String c = new String(Files.readAllBytes(pid.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ').strip();
            return c.length() <= 120 ? c : c.substring(0, 117) + "...";
        } catch (IOException e) {
            return "?";
        }
    }

    private static boolean shmInUse(Path shm) {
        if (!Files.isRegularFile(shm, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(shm, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(SHM_DMS_OFFSET, 1, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
