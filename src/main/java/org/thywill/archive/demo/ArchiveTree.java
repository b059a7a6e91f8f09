package org.thywill.archive.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * The {@code text_archives/} directory being generated. Each file is written whole, once, as UTF-8, by one
 * background thread that also renders it, so that file creation (100–300 µs of kernel time per file on an ext4
 * VM disk) and the writers' read-back checks overlap the simulation and the database inserts. The queue is
 * bounded, so a fast producer waits rather than piling up files in memory. Paths are relative to the archive
 * root and {@code /}-separated. No fsync per file: a demo tree is regenerated, not recovered, and 100,000
 * fsyncs would dominate the run.
 */
final class ArchiveTree implements AutoCloseable {

    /** The directories the original's services create when they start, whether or not they write into them. */
    static final List<String> SERVICE_DIRECTORIES = List.of("prayers", "users", "activity", "auth",
            "auth/notifications", "roles", "sessions", "system/current_state", "system/event_log");
    static final int QUEUE = 2048;

    private record Job(String relativePath, Supplier<String> text) {
    }

    private static final Job END = new Job(null, null);

    private final Path root;
    private final Set<Path> directories = new HashSet<>();
    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile Exception failure;
    private long files;
    private boolean closed;

    ArchiveTree(Path root) throws IOException {
        this.root = root;
        for (String d : SERVICE_DIRECTORIES) {
            directory(root.resolve(d));
        }
        thread = new Thread(this::run, "demo-archive-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the file at {@code relativePath}; {@code text} is called on the writer thread. */
    void write(String relativePath, Supplier<String> text) throws IOException {
        rethrowFailure();
        try {
            queue.put(new Job(relativePath, text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while queueing " + relativePath, e);
        }
    }

    /** Waits until every queued file is written; throws what went wrong with any of them. Returns the file count. */
    long finish() throws IOException {
        if (!closed) {
            closed = true;
            try {
                queue.put(END);
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the archive tree", e);
            }
        }
        rethrowFailure();
        return files;
    }

    /** Stops the writer thread (after the files already queued) without reporting their failures. */
    @Override
    public void close() {
        try {
            finish();
        } catch (IOException ignored) {
            // close() only cleans up; finish() is where failures are reported
        }
    }

    /** The {@code text_file_path} the original stores for a file: its path under {@code text_archives/}. */
    static String storedPath(String relativePath) {
        return DemoOutput.ARCHIVES + "/" + relativePath;
    }

    private void run() {
        while (true) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                failure = e;
                return;
            }
            if (job == END) {
                return;
            }
            if (failure != null) {
                continue;   // drain, so that the producer never blocks on a dead writer
            }
            try {
                Path file = root.resolve(job.relativePath());
                directory(file.getParent());
                Files.write(file, job.text().get().getBytes(StandardCharsets.UTF_8));
                files++;
            } catch (IOException | RuntimeException e) {
                failure = new IOException("cannot write " + job.relativePath() + ": " + e.getMessage(), e);
            }
        }
    }

    private void rethrowFailure() throws IOException {
        Exception e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void directory(Path dir) throws IOException {
        if (directories.add(dir)) {
            Files.createDirectories(dir);
        }
    }
}
