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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.thywill.archive.files.DurableFiles;

/**
 * New files written with a group commit, each as durably as {@code DurableFiles.writeNew} (PRODUCT.md
 * "Durability": temp file, fsync, atomic link to its name, directory fsync) but many at a time: the temp files are
 * written as they are {@link #add}ed, and {@link #commit} fsyncs them concurrently, so that the file system joins
 * their flushes into a few journal commits (one fsync after another costs a journal commit each: creating 100,000
 * prayer files took minutes), then links each to its name (never clobbering a file that appeared meanwhile), then
 * fsyncs each directory once. Temp names are hidden and end in {@code .tmp}, which the importer skips.
 */
final class NewFileBatch implements AutoCloseable {


    private record Pending(String relative, Path target, Path temp) {
    }

    private final ArchiveRoot root;
    private final ExecutorService fsyncs;
    private final List<Pending> pending = new ArrayList<>();
    private final Set<Path> directoriesMade = new java.util.HashSet<>();

    /** @param fsyncs runs the concurrent fsyncs (I/O-bound: a few dozen threads) */
    NewFileBatch(ArchiveRoot root, ExecutorService fsyncs) {
        this.root = root;
        this.fsyncs = fsyncs;
    }

    /** Writes {@code content} to a temp file beside {@code relative}; it gets its name at {@link #commit}. */
    void add(String relative, byte[] content) throws IOException {
        Path target = root.resolve(relative);
        Path dir = target.getParent();
        if (directoriesMade.add(dir)) {
            DurableFiles.createDirectoriesDurably(dir);
        }
        Path temp = DurableFiles.createTemp(dir, target.getFileName().toString());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        pending.add(new Pending(relative, target, temp));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Makes every added file durable under its name. Returns the ones whose name was taken meanwhile (left
     * untouched; their content is dropped).
     */
    Set<String> commit() throws IOException {
        if (pending.isEmpty()) {
            return Set.of();
        }
        inParallel(pending.stream().map(Pending::temp).toList());
        Set<String> clashes = new LinkedHashSet<>();
        Set<Path> dirs = new LinkedHashSet<>();
        try {
            for (Pending p : pending) {
                if (!link(p)) {
                    clashes.add(p.relative());
                }
                dirs.add(p.target().getParent());
            }
        } finally {
            for (Pending p : pending) {
                Files.deleteIfExists(p.temp());
            }
            pending.clear();
        }
        inParallel(new ArrayList<>(dirs));
        return clashes;
    }

    /** Drops what was added and not committed (their temp files). */
    @Override
    public void close() throws IOException {
        for (Pending p : pending) {
            Files.deleteIfExists(p.temp());
        }
        pending.clear();
    }

    private static boolean link(Pending p) throws IOException {
        if (Files.exists(p.target(), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createLink(p.target(), p.temp());
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(p.target(), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.move(p.temp(), p.target(), StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** fsyncs every path (files, or directories through {@code DurableFiles.fsyncDirectory}) concurrently. */
    private void inParallel(List<Path> paths) throws IOException {
        List<Future<?>> done = new ArrayList<>(paths.size());
        for (Path p : paths) {
            done.add(fsyncs.submit(() -> {
                if (Files.isDirectory(p)) {
                    DurableFiles.fsyncDirectory(p);
                } else {
                    try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            try {
                f.get();
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
}
