package org.thywill.archive.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Reads and deflates a bundle's files on every core, ahead of the one thread that writes the ZIP, and hands them
 * back in entry order: a community bundle is ~100,000 files of a few KB, where opening, reading and compressing
 * each one costs more than writing it. At most {@link #AHEAD} files and {@link #BUDGET_BYTES} of their content are
 * held ahead (a larger file alone); files larger than {@link #MAX_BYTES} come back undeflated
 * ({@link Deflated#streamed}) for the writer to stream through a small buffer.
 */
final class ParallelDeflater implements AutoCloseable {

    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int AHEAD = 64;
    static final long BUDGET_BYTES = 16L * 1024 * 1024;

    /** A copied file, deflated (raw DEFLATE data, its CRC and size), or to be streamed by the writer. */
    record Deflated(BundleEntry entry, FileTime modified, byte[] data, long size, long crc, boolean streamed) {
    }

    private final List<BundleEntry> entries;
    private final ZipBundleWriter.SourceOpener opener;
    private final ExecutorService pool;
    private record Pending(Future<Deflated> deflated, long bytes) {
    }

    private final ArrayDeque<Pending> ahead = new ArrayDeque<>();
    private int submitted;
    private long bytesAhead;

    ParallelDeflater(List<BundleEntry> entries, ZipBundleWriter.SourceOpener opener) {
        this.entries = entries;
        this.opener = opener;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "thywill-bundle-deflate");
            t.setDaemon(true);
            return t;
        });
    }

    /** The next entry's file, in order; {@code null} data for a generated entry. */
    Deflated next() throws IOException {
        while (submitted < entries.size() && ahead.size() < AHEAD && (ahead.isEmpty() || bytesAhead < BUDGET_BYTES)) {
            BundleEntry e = entries.get(submitted++);
            long bytes = heldBytes(e);
            bytesAhead += bytes;
            ahead.add(new Pending(pool.submit(() -> deflate(e)), bytes));
        }
        Pending first = ahead.poll();
        if (first == null) {
            throw new IllegalStateException("no entry left");
        }
        bytesAhead -= first.bytes();
        try {
            return first.deflated().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deflating the bundle's files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("deflating a bundle file failed: " + e.getCause(), e.getCause());
        }
    }

    /** What deflating {@code e} will hold in memory: its size, unless it is streamed (or gone: deflate says so). */
    private static long heldBytes(BundleEntry e) {
        if (!(e instanceof BundleEntry.CopiedFile f)) {
            return 0;
        }
        try {
            long size = Files.readAttributes(f.source(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
            return size > MAX_BYTES ? 0 : size;
        } catch (IOException gone) {
            return 0;
        }
    }

    private Deflated deflate(BundleEntry e) throws IOException {
        if (!(e instanceof BundleEntry.CopiedFile f)) {
            return new Deflated(e, null, null, 0, 0, true);
        }
        BasicFileAttributes attrs = Files.readAttributes(f.source(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            throw new IOException(f.source() + " is no longer a regular file");
        }
        if (attrs.size() > MAX_BYTES) {
            return new Deflated(e, attrs.lastModifiedTime(), null, attrs.size(), 0, true);
        }
        byte[] bytes;
        try (InputStream in = opener.open(f.source())) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            return new Deflated(e, attrs.lastModifiedTime(), null, bytes.length, 0, true); // it grew: stream it
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 2));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Deflated(e, attrs.lastModifiedTime(), out.toByteArray(), bytes.length, crc.getValue(), false);
        } finally {
            deflater.end();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
