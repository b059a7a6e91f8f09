package org.thywill.archive.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Prepares files (read, decode, parse: no database) on one background thread, in order, ahead of the writer
 * that takes them with {@link #next}: the parsing overlaps the SQLite work, which on a cold import is most of
 * the rest. At most {@link #MAX_FILES_AHEAD} files and {@code budgetBytes} of file content are held ahead, so any
 * tree fits the heap; a file larger than the budget waits until it is the only one held. With a single file
 * there is no thread: it is prepared when taken.
 *
 * <p>One thread, so tasks finish in the order the writer takes them: a task waiting for budget only waits for
 * files before it, which the writer is about to take and release.
 */
final class ReadAhead implements AutoCloseable {

    static final int MAX_FILES_AHEAD = 256;
    static final long DEFAULT_BUDGET_BYTES = 16L * 1024 * 1024;

    /** The read-ahead thread failed (out of memory, interrupted): the import cannot go on. */
    static final class ReadAheadFailed extends RuntimeException {
        ReadAheadFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Held(PreparedFile file, int permits) {
    }

    private final List<Path> files;
    private final Function<Path, PreparedFile> prepare;
    private final int budget;
    private final Semaphore permits;
    private final ExecutorService executor;
    private final ArrayDeque<Future<Held>> ahead = new ArrayDeque<>();
    private int submitted;

    ReadAhead(List<Path> files, Function<Path, PreparedFile> prepare, long budgetBytes) {
        this.files = files;
        this.prepare = prepare;
        this.budget = (int) Math.min(Integer.MAX_VALUE, Math.max(1, budgetBytes));
        this.permits = new Semaphore(budget);
        this.executor = files.size() > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "thywill-import-read-ahead");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** The next file, prepared, in the order given. */
    PreparedFile next() {
        if (executor == null) {
            if (submitted >= files.size()) {
                throw new IllegalStateException("no file left to read ahead");
            }
            return prepare.apply(files.get(submitted++));
        }
        while (submitted < files.size() && ahead.size() < MAX_FILES_AHEAD) {
            Path f = files.get(submitted++);
            ahead.add(executor.submit(() -> hold(f)));
        }
        Future<Held> first = ahead.poll();
        if (first == null) {
            throw new IllegalStateException("no file left to read ahead");
        }
        try {
            Held h = first.get();
            permits.release(h.permits());
            return h.file();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadAheadFailed("interrupted while waiting for the next file to be read", e);
        } catch (ExecutionException e) {
            throw new ReadAheadFailed("reading ahead failed: " + e.getCause(), e.getCause());
        }
    }

    private Held hold(Path f) throws InterruptedException {
        int need = (int) Math.min(budget, Math.max(0, sizeOf(f)));
        permits.acquire(need);
        try {
            return new Held(prepare.apply(f), need);
        } catch (RuntimeException | Error e) {
            permits.release(need);
            throw e;
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // prepare reports it
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
