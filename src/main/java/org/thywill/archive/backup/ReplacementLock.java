package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One replacement of a live database at a time: {@code restore}, {@code restore-safe} and {@code full-recovery}
 * each stop the writer routes, stage a copy and swap it in, and two of them overlapping would lose one's work (the
 * first to finish starts the routes again while the other still copies, and the later swap drops what they wrote).
 * Held in this JVM by a map entry per database, and across processes by an exclusive lock on
 * {@code <database>-replace.lock} beside it, whose text names the holder. The file stays: deleting a lock file
 * lets a third process lock a new one while the second still holds the old.
 */
public final class ReplacementLock implements AutoCloseable {

    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path target;
    private final FileChannel channel;
    private final FileLock lock;

    private ReplacementLock(Path target, FileChannel channel, FileLock lock) {
        this.target = target;
        this.channel = channel;
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
        String holder = "pid " + ProcessHandle.current().pid() + ": " + operation + " since " + Instant.now();
        String here = HELD_HERE.putIfAbsent(target, holder);
        if (here != null) {
            throw new Busy("another replacement of " + target + " is running in this process (" + here + ")");
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(target.getParent());
            Path file = file(target);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new Busy("another process is replacing " + target + " (" + holderOf(file) + ")");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new ReplacementLock(target, channel, lock);
        } catch (Busy | IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD_HERE.remove(target, holder);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String holderOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "holder unknown" : text;
        } catch (IOException e) {
            return "holder unknown: " + e.getMessage();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the lock; nothing else to undo
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HELD_HERE.remove(target);
    }
}
