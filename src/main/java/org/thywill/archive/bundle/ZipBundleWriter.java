package org.thywill.archive.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.thywill.archive.files.DurableFiles;

/**
 * Writes a list of entries as a ZIP into a folder, streaming: small files are read and deflated on every core
 * ahead of the writer ({@link ParallelDeflater}), larger ones copied through a small buffer, never read whole, and
 * the ZIP goes straight to disk. Entries are written sorted by name, so the same entries always
 * give the same entry list.
 *
 * <p>The ZIP is written to a temp file {@code .<stem>.<random>.tmp} in the target folder, fsynced, then given its
 * final name by a hard link, which fails when the name is taken: the first free name of {@code <stem>.zip},
 * {@code <stem>_2.zip}, {@code <stem>_3.zip}... is claimed atomically, so two builds never overwrite each other.
 * The temp file is then removed and the folder fsynced. On any failure (a source file that cannot be read, a full
 * disk) the temp file is deleted and no file appears under a final name. On a file system without hard links the
 * temp file is renamed to a name checked free just before (a race there could only lose to another of our
 * builds of the same minute, not clobber a different file).
 */
public final class ZipBundleWriter {

    /** Opens a source file for copying; the default refuses to follow a symbolic link. */
    @FunctionalInterface
    public interface SourceOpener {
        InputStream open(Path source) throws IOException;
    }

    static final SourceOpener NO_FOLLOW = source -> Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BUFFER = 64 * 1024;

    private final SourceOpener opener;

    public ZipBundleWriter() {
        this(NO_FOLLOW);
    }

    public ZipBundleWriter(SourceOpener opener) {
        this.opener = opener;
    }

    /**
     * Writes {@code entries} to {@code outDir/<stem>[_N].zip} (the folder is created when missing).
     *
     * @throws IllegalArgumentException two entries with the same name
     * @throws IOException              the ZIP could not be written; nothing was left behind
     */
    public BundleResult write(Path outDir, String stem, List<BundleEntry> entries, List<SkippedItem> skipped)
            throws IOException {
        List<BundleEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(BundleEntry::name));
        Set<String> names = new HashSet<>();
        for (BundleEntry e : sorted) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("two entries named " + e.name());
            }
        }
        Path dir = outDir.toAbsolutePath().normalize();
        DurableFiles.createDirectoriesDurably(dir);
        Path temp = createTemp(dir, stem);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 ParallelDeflater deflated = new ParallelDeflater(sorted, opener)) {
                OutputStream file = Channels.newOutputStream(channel);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new java.io.BufferedOutputStream(file, BUFFER));
                zip.setUseZip64(Zip64Mode.AsNeeded);
                byte[] buffer = new byte[BUFFER];
                for (int i = 0; i < sorted.size(); i++) {
                    writeEntry(zip, deflated.next(), buffer);
                }
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            Path target = claimName(dir, stem, temp);
            long bytes = Files.size(target);
            return new BundleResult(target, sorted.size(), bytes, skipped);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void writeEntry(ZipArchiveOutputStream zip, ParallelDeflater.Deflated d, byte[] buffer)
            throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(d.entry().name());
        if (d.data() != null) {
            entry.setMethod(ZipArchiveEntry.DEFLATED);
            entry.setTime(d.modified().toMillis()); // DOS time, as the original's zipfile writes: no NTFS extra field to convert
            entry.setSize(d.size());
            entry.setCompressedSize(d.data().length);
            entry.setCrc(d.crc());
            zip.addRawArchiveEntry(entry, new ByteArrayInputStream(d.data()));
        } else if (d.entry() instanceof BundleEntry.CopiedFile f) {
            entry.setTime(d.modified().toMillis()); // DOS time, as the original's zipfile writes: no NTFS extra field to convert
            zip.putArchiveEntry(entry);
            try (InputStream in = opener.open(f.source())) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    zip.write(buffer, 0, n);
                }
            }
            zip.closeArchiveEntry();
        } else {
            entry.setTime(System.currentTimeMillis());
            zip.putArchiveEntry(entry);
            ((BundleEntry.Generated) d.entry()).content().writeTo(new NonClosing(zip));
            zip.closeArchiveEntry();
        }
    }

    private static Path claimName(Path dir, String stem, Path temp) throws IOException {
        for (int n = 1; ; n++) {
            Path target = dir.resolve(BundleNames.candidate(stem, n));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException taken) {
                continue;
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            DurableFiles.fsyncDirectory(dir);
            return target;
        }
    }

    private static Path createTemp(Path dir, String stem) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temp = dir.resolve(BundleNames.temp(stem, HexFormat.of().formatHex(random)));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Lets generated content wrap the entry's stream in a writer and close it without closing the ZIP. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
