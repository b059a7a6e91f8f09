package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.thywill.archive.files.ProcessLock;

/**
 * One replacement of a live database at a time: {@code restore}, {@code restore-safe} and {@code full-recovery}
 * each stop the writer routes, stage a copy and swap it in, and two of them overlapping would lose one's work (the
 * first to finish starts the routes again while the other still copies, and the later swap drops what they wrote).
 * A {@link ProcessLock} on {@code <database>-replace.lock} beside the database; a second replacement is refused, not
 * queued: the operator who started it should know.
 */
public final class ReplacementLock implements AutoCloseable {

    private final ProcessLock lock;

    private ReplacementLock(ProcessLock lock) {
        this.lock = lock;
    }

    /** Another replacement of the same database is under way; the message names it. */
    public static final class Busy extends Exception {
        Busy(String message) {
            super(message);
        }
    }

    /** The lock file of {@code target}. */
    public static Path file(Path target) {
        return target.resolveSibling(target.getFileName() + "-replace.lock");
    }

    /**
     * Takes the lock for {@code operation} on {@code target} (the resolved live database), or says who holds it.
     *
     * @throws Busy        when another restore or recovery of {@code target} runs, here or in another process
     * @throws IOException when the lock file cannot be created or locked
     */
    public static ReplacementLock acquire(Path target, String operation) throws Busy, IOException {
        Files.createDirectories(target.getParent());
        Path file = file(target);
        return new ReplacementLock(ProcessLock.tryAcquire(file, operation).orElseThrow(() -> new Busy(
                "another replacement of " + target + " is running (" + ProcessLock.holderOf(file) + ")")));
    }

    @Override
    public void close() {
        lock.close();
    }
}
