package org.thywill.archive.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes that survive a crash (PRODUCT.md "Durability"); Camel's file producer does not fsync.
 *
 * <ul>
 *   <li>{@link #writeAtomically}: the content goes to a temp file {@code .<name>.<random>.tmp} in the
 *       target's own directory (so the rename cannot cross file systems, and the archive watcher ignores
 *       it: hidden and {@code .tmp}), which is fsynced and then moved over the target atomically; then the
 *       directory is fsynced so the rename itself is durable. Readers see the old file or the new one,
 *       never a part. Missing parent directories are created and made durable too.</li>
 *   <li>{@link #writeNew}: the same, for a file that must not exist yet; never replaces one.</li>
 *   <li>{@link #appendDurably}: an append under an exclusive {@link FileLock}, forced to disk.</li>
 *   <li>{@link #update}: read-modify-replace of an existing file while holding its lock, so that an
 *       {@link #appendDurably} racing with it is neither lost nor torn.</li>
 * </ul>
 *
 * <p>Locks are advisory: they order our own writers, in this JVM and in other processes of ours, but not a
 * writer that takes no lock. Java's file locks are POSIX record locks on Linux; the original's appends take
 * {@code flock(2)}, which does not see them, so a live original app appending to the same file is not ordered
 * with our rewrites.
 */
public final class DurableFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ReentrantLock[] LOCAL_LOCKS = new ReentrantLock[64];
    private static final long PID = ProcessHandle.current().pid();
    /** {@link #createTemp}'s names; group 1 is the pid of the process that wrote the file. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.(\\d{1,18})-[0-9a-f]{16}\\.tmp");

    static {
        for (int i = 0; i < LOCAL_LOCKS.length; i++) {
            LOCAL_LOCKS[i] = new ReentrantLock();
        }
    }

    /** Writes the content of a new file; may be called once, and may throw to abandon the write. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Computes a file's new content from its current bytes; {@code null} means "leave the file alone". */
    @FunctionalInterface
    public interface Change {
        byte[] apply(byte[] current) throws IOException;
    }

    private DurableFiles() {
    }

    /** Replaces (or creates) {@code target} with exactly {@code content}, atomically and durably. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Objects.requireNonNull(content, "content");
        writeAtomically(target, out -> out.write(content));
    }

    /**
     * Replaces (or creates) {@code target} with what {@code writer} writes, atomically and durably. When the
     * writer or any step fails, the temp file is deleted, the target is left as it was, and the exception is
     * rethrown. A replaced file keeps its POSIX permissions; its lock is held while it is replaced.
     */
    public static void writeAtomically(Path target, ContentWriter writer) throws IOException {
        writeAtomically(target, writer, false);
    }

    /**
     * As {@link #writeAtomically(Path, ContentWriter)}, for a file holding secrets: readable and writable by its
     * owner only (POSIX {@code 0600}) from its creation, before the first byte is written, whatever the replaced
     * file's permissions were.
     */
    public static void writeAtomicallyOwnerOnly(Path target, ContentWriter writer) throws IOException {
        writeAtomically(target, writer, true);
    }

    private static void writeAtomically(Path target, ContentWriter writer, boolean ownerOnly) throws IOException {
        ReentrantLock local = localLock(target);
        local.lock();
        try {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                replace(target, writer, ownerOnly);
                return;
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                 FileLock lock = channel.lock()) {
                replace(target, writer, ownerOnly);
            }
        } finally {
            local.unlock();
        }
    }

    private static void replace(Path target, ContentWriter writer, boolean ownerOnly) throws IOException {
        Path dir = directoryOf(target);
        createDirectoriesDurably(dir);
        Path temp = createTemp(dir, target.getFileName().toString(), ownerOnly);
        try {
            if (!ownerOnly) {
                copyPermissions(target, temp);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically: " + e.getMessage(), e);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        fsyncDirectory(dir);
    }

    /**
     * Creates {@code target} with exactly {@code content}, atomically and durably, unless it exists: never
     * clobbers a file that appeared meanwhile (another writer picking the same free name). The complete temp
     * file is hard-linked to the target name, which fails if the name is taken; on a file system without hard
     * links the temp file is renamed after an existence check instead.
     *
     * @return whether the file was created; {@code false} when {@code target} already existed (left untouched)
     */
    public static boolean writeNew(Path target, byte[] content) throws IOException {
        return writeNew(target, content, false);
    }

    /**
     * As {@link #writeNew(Path, byte[])}; with {@code ownerOnly} the file is readable and writable by its owner only
     * (POSIX {@code 0600}) from its creation, before its first byte (files holding secrets).
     */
    public static boolean writeNew(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = directoryOf(target);
        createDirectoriesDurably(dir);
        ReentrantLock local = localLock(target);
        local.lock();
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Path temp = createTemp(dir, target.getFileName().toString(), ownerOnly);
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                try {
                    Files.createLink(target, temp);
                } catch (FileAlreadyExistsException e) {
                    return false;
                } catch (UnsupportedOperationException | IOException e) {
                    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        return false;
                    }
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            fsyncDirectory(dir);
            return true;
        } finally {
            local.unlock();
        }
    }

    /**
     * Appends {@code text} (UTF-8) to {@code target} under an exclusive lock and forces it to disk; creates the
     * file (and its missing parent directories) when absent. If the file was replaced by {@link #update} or
     * {@link #writeAtomically} while this append waited for the lock, the append goes to the new file.
     */
    public static void appendDurably(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path dir = directoryOf(target);
        createDirectoriesDurably(dir);
        ReentrantLock local = localLock(target);
        local.lock();
        try {
            appendLocked(target, dir, bytes);
        } finally {
            local.unlock();
        }
    }

    private static void appendLocked(Path target, Path dir, byte[] bytes) throws IOException {
        while (true) {
            boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            Object before = existed ? fileKey(target) : null;
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
                 FileLock lock = channel.lock()) {
                Object now = fileKey(target);
                if (before != null && now != null && !before.equals(now)) {
                    continue; // replaced while we waited: we may hold the old, unlinked file
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (!existed) {
                fsyncDirectory(dir);
            }
            return;
        }
    }

    /**
     * Replaces the existing file {@code target} with {@code change.apply(current bytes)}, atomically and durably,
     * holding an exclusive lock on it from the read to the replacement; does nothing when the change returns
     * {@code null} or the same bytes.
     *
     * @return whether the file was rewritten
     * @throws NoSuchFileException when {@code target} does not exist
     */
    public static boolean update(Path target, Change change) throws IOException {
        ReentrantLock local = localLock(target);
        local.lock();
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
             FileLock lock = channel.lock()) {
            byte[] current = readAll(channel);
            byte[] next = change.apply(current);
            if (next == null || Arrays.equals(next, current)) {
                return false;
            }
            replace(target, out -> out.write(next), false);
            return true;
        } finally {
            local.unlock();
        }
    }

    /**
     * File locks belong to the whole JVM (a second lock from another thread fails rather than waits), so threads
     * of this JVM first take a lock striped by the target's path.
     */
    private static ReentrantLock localLock(Path target) {
        int hash = target.toAbsolutePath().normalize().hashCode();
        return LOCAL_LOCKS[Math.floorMod(hash ^ (hash >>> 16), LOCAL_LOCKS.length)];
    }

    /** Forces a directory's entries (new names, renames) to disk. A no-op where directories cannot be opened. */
    public static void fsyncDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            if (System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
                return; // NTFS has no directory fsync; its metadata journal covers the rename
            }
            throw e;
        }
        try (channel) {
            channel.force(true);
        }
    }

    /** Creates {@code dir} and its missing parents, fsyncing the parent of each directory it creates. */
    public static void createDirectoriesDurably(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw e;
                }
                continue;
            }
            fsyncDirectory(p.getParent());
        }
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || target.getFileName() == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        return parent;
    }

    /**
     * A new, empty, hidden temporary file {@code .<name>.<pid>-<random>.tmp} in {@code dir} (never an existing one),
     * named after this process, so that one left by a process that died can be told from one being written
     * ({@link AbandonedTemps}).
     */
    public static Path createTemp(Path dir, String name) throws IOException {
        return createTemp(dir, name, false);
    }

    /** The pid of the process that made the temp file named {@code fileName} by {@link #createTemp}, if it is one. */
    public static OptionalLong writerOf(String fileName) {
        Matcher m = TEMP_NAME.matcher(fileName);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    private static Path createTemp(Path dir, String name, boolean ownerOnly) throws IOException {
        FileAttribute<?>[] attributes = ownerOnly && dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))}
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temp = dir.resolve("." + name + "." + PID + "-" + HexFormat.of().formatHex(random) + ".tmp");
            try {
                return Files.createFile(temp, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (source == null || !Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> permissions = source.readAttributes().permissions();
        Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(permissions);
    }

    private static Object fileKey(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("file too large to rewrite in memory: " + size + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read until full or end of file
        }
        byte[] bytes = new byte[buffer.position()];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }
}
