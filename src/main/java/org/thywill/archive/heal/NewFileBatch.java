package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.thywill.archive.files.DurableFiles;

/**
 * New files written with a group commit, each as durably as {@code DurableFiles.writeNew} (PRODUCT.md
 * "Durability": temp file, fsync, atomic link to its name, directory fsync) but many at a time. Each {@link #add}ed
 * file is written and fsynced on a pool of a few dozen threads, so that the file system joins their flushes into a
 * few journal commits (one fsync after another costs a journal commit each: creating 100,000 prayer files took
 * minutes); {@link #commit} waits for them, links each to its name (never clobbering a file that appeared
 * meanwhile), then fsyncs each directory once. Temp names are hidden and end in {@code .tmp}, which the importer
 * skips.
 */
final class NewFileBatch implements AutoCloseable {

    private record Pending(String relative, Path target, Future<Path> temp) {
    }

    private final ArchiveRoot root;
    private final ExecutorService pool;
    private final List<Pending> pending = new ArrayList<>();
    private final Set<Path> directoriesMade = new HashSet<>();

    /** @param pool writes and fsyncs the files (I/O-bound: a few dozen threads) */
    NewFileBatch(ArchiveRoot root, ExecutorService pool) {
        this.root = root;
        this.pool = pool;
    }

    /**
     * Writes {@code content} to a temp file beside {@code relative} and forces it to disk, on the pool (creating
     * files on one thread while others fsync waits on every journal commit); it gets its name at {@link #commit}.
     */
    void add(String relative, byte[] content) throws IOException {
        Path target = root.resolve(relative);
        Path dir = target.getParent();
        if (directoriesMade.add(dir)) {
            DurableFiles.createDirectoriesDurably(dir);
        }
        String name = target.getFileName().toString();
        pending.add(new Pending(relative, target, pool.submit(() -> writeTemp(dir, name, content))));
    }

    private static Path writeTemp(Path dir, String name, byte[] content) throws IOException {
        Path temp = DurableFiles.createTemp(dir, name);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Makes every added file durable under its name. Returns the ones whose name was taken meanwhile (left
     * untouched; their content is dropped). When any file could not be written, none is named and the error is
     * thrown.
     */
    Set<String> commit() throws IOException {
        if (pending.isEmpty()) {
            return Set.of();
        }
        List<Path> temps = new ArrayList<>(pending.size());
        try {
            for (Pending p : pending) {
                temps.add(await(p.temp()));
            }
            Set<String> clashes = new LinkedHashSet<>();
            Set<Path> dirs = new LinkedHashSet<>();
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                if (!link(p.target(), temps.get(i))) {
                    clashes.add(p.relative());
                }
                dirs.add(p.target().getParent());
            }
            fsyncDirectories(dirs);
            return clashes;
        } finally {
            close();
        }
    }

    /** Drops what was added and not committed: their temp files, once written (a failed write left none). */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Pending p : pending) {
            Path temp;
            try {
                temp = await(p.temp());
            } catch (IOException | UncheckedIOException e) {
                continue;
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        pending.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static boolean link(Path target, Path temp) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private void fsyncDirectories(Set<Path> dirs) throws IOException {
        List<Future<Path>> done = new ArrayList<>(dirs.size());
        for (Path dir : dirs) {
            done.add(pool.submit(() -> {
                DurableFiles.fsyncDirectory(dir);
                return dir;
            }));
        }
        for (Future<Path> f : done) {
            await(f);
        }
    }

    private static Path await(Future<Path> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making files durable", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }
}
