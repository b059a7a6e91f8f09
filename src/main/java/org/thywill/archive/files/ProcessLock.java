package org.thywill.archive.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * A lock that one holder at a time has, in this JVM (a semaphore per lock file) and across processes (an exclusive
 * lock on the file, which the operating system releases when the process dies, even by SIGKILL). The file says who
 * holds it ({@code pid <n>: <what> since <time>}), for the message of whoever waits or is refused. The file is never
 * deleted: deleting a lock file lets a third process lock a new file while a second still holds the old one.
 */
public final class ProcessLock implements AutoCloseable {

    private static final Map<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final Map<Path, String> HOLDERS_HERE = new ConcurrentHashMap<>();
    private static final String UNKNOWN = "holder unknown";
    private static final Duration LOOK_FOR_HOLDER = Duration.ofSeconds(5);

    private final Semaphore here;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String abandonedBy;

    private ProcessLock(Semaphore here, Path key, FileChannel channel, FileLock lock, String abandonedBy) {
        this.here = here;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.abandonedBy = abandonedBy;
    }

    /**
     * The holder before this one, when it never let go (its process was killed: a holder that closes the lock
     * empties the file); empty otherwise.
     */
    public Optional<String> abandonedBy() {
        return Optional.ofNullable(abandonedBy);
    }

    /**
     * The lock file {@code <database><suffix>} beside {@code database}, named after its real path: one lock whatever
     * link or relative path each process was given.
     */
    public static Path beside(Path database, String suffix) {
        Path real;
        try {
            real = database.toRealPath();
        } catch (IOException e) {
            real = database.toAbsolutePath().normalize();
        }
        return real.resolveSibling(real.getFileName() + suffix);
    }

    /** The lock on {@code file} for {@code what}, or empty when someone holds it ({@link #holderOf} says who). */
    public static Optional<ProcessLock> tryAcquire(Path file, String what) throws IOException {
        Semaphore here = semaphore(file);
        if (!here.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.ofNullable(lockHeld(here, file, what, false));
    }

    /**
     * The lock on {@code file} for {@code what}, waiting for as long as another holder has it; {@code waiting} hears
     * who that is once, before the wait.
     */
    public static ProcessLock acquire(Path file, String what, Consumer<String> waiting) throws IOException,
            InterruptedException {
        Optional<ProcessLock> now = tryAcquire(file, what);
        // The holder writes its line just after it locks, and empties the file just before it lets go: an empty file
        // while the lock is held is one of those two moments, so look again for a while (a starved holder is slow).
        long lookUntil = System.nanoTime() + LOOK_FOR_HOLDER.toNanos();
        while (now.isEmpty()) {
            String holder = holderOf(file);
            if (!holder.equals(UNKNOWN) || System.nanoTime() - lookUntil > 0) {
                waiting.accept(holder);
                break;
            }
            Thread.sleep(10);
            now = tryAcquire(file, what);
        }
        if (now.isPresent()) {
            return now.get();
        }
        Semaphore here = semaphore(file);
        here.acquire();
        return lockHeld(here, file, what, true);
    }

    /**
     * With {@code here} acquired: the file lock (waited for, or {@code null} when another process holds it and
     * {@code wait} is false). {@code here} is released again unless the lock is returned.
     */
    private static ProcessLock lockHeld(Semaphore here, Path file, String what, boolean wait) throws IOException {
        FileChannel channel = null;
        try {
            channel = open(file);
            FileLock lock = wait ? channel.lock() : tryLock(channel);
            if (lock != null) {
                return held(here, file, channel, lock, what);
            }
            channel.close();
            here.release();
            return null;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            here.release();
            throw e;
        }
    }

    /** Who holds the lock on {@code file}, as its holder wrote it. */
    public static String holderOf(Path file) {
        Path key = key(file);
        Semaphore here = semaphore(file);
        if (!here.tryAcquire()) {
            // Held in this JVM. Opening and closing the file here would drop that holder's lock (POSIX locks belong
            // to the process and go with the first descriptor it closes on the file), so say it from memory.
            return HOLDERS_HERE.getOrDefault(key, UNKNOWN);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? UNKNOWN : text;
        } catch (IOException e) {
            return UNKNOWN + ": " + e.getMessage();
        } finally {
            here.release();
        }
    }

    private static Semaphore semaphore(Path file) {
        return IN_THIS_JVM.computeIfAbsent(key(file), f -> new Semaphore(1));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static ProcessLock held(Semaphore here, Path file, FileChannel channel, FileLock lock, String what)
            throws IOException {
        ByteBuffer before = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        while (before.hasRemaining() && channel.read(before, before.position()) > 0) {
            // the previous holder's line, if it left one
        }
        String previous = new String(before.array(), 0, before.position(), StandardCharsets.UTF_8).strip();
        String holder = "pid " + ProcessHandle.current().pid() + ": " + what + " since " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        HOLDERS_HERE.put(key(file), holder.strip());
        return new ProcessLock(here, key(file), channel, lock, previous.isEmpty() ? null : previous);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock is gone with the channel; nothing else to undo
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0); // let go cleanly: the next holder finds the file empty
        } catch (IOException ignored) {
            // the next holder will think this one was killed, and only tidy up more than needed
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HOLDERS_HERE.remove(key);
        here.release();
    }
}
