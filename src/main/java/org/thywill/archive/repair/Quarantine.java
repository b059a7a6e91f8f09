package org.thywill.archive.repair;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.heal.ArchiveRoot;

/**
 * Where repair puts the files it takes out of the tree, instead of deleting them:
 * {@code .repaired/<YYYYMMDD_HHMMSS>/<original relative path>} under the archive root, one folder per run (a second
 * run in the same second gets {@code _2}, …). The folder is hidden, so the importer, the archive watcher, heal and the
 * bundles do not read it. A file is moved there by a rename within the archive's file system, both folders fsynced.
 */
final class Quarantine {

    static final String FOLDER = ".repaired";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);

    private final ArchiveRoot root;
    private final String stamp;
    private String folder;

    Quarantine(ArchiveRoot root, LocalDateTime now) {
        this.root = root;
        this.stamp = STAMP.format(now);
    }

    /** This run's folder, relative to the archive root: a name no folder has yet. */
    String folder() {
        if (folder == null) {
            String candidate = FOLDER + "/" + stamp;
            for (int n = 2; Files.exists(root.resolve(candidate), LinkOption.NOFOLLOW_LINKS); n++) {
                candidate = FOLDER + "/" + stamp + "_" + n;
            }
            folder = candidate;
        }
        return folder;
    }

    /** Where {@code relative} goes: {@code .repaired/<stamp>/<relative>}. */
    String destination(String relative) {
        return folder() + "/" + relative;
    }

    /**
     * Moves the file at {@code relative} into this run's folder if it still holds exactly {@code expected} (checked
     * and moved under its lock, which our own appends take too); returns whether it did.
     */
    boolean move(String relative, byte[] expected) throws IOException {
        Path source = root.resolve(relative);
        Path target = root.resolve(destination(relative));
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
             FileLock lock = channel.lock()) {
            if (!Arrays.equals(readAll(channel), expected)) {
                return false;
            }
            DurableFiles.createDirectoriesDurably(target.getParent());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " already exists");
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        }
        DurableFiles.fsyncDirectory(target.getParent());
        DurableFiles.fsyncDirectory(source.getParent());
        return true;
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("file too large: " + size + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // until full or end of file
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
