package org.thywill.archive.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Writes the entries of an {@linkplain ZipInspector inspected} ZIP into a private staging folder, one stream at
 * a time, at their paths relative to the archive root. Nothing is trusted that the inspection did not check,
 * and the inspection itself is not trusted about sizes:
 * <ul>
 *   <li>the entry name is checked again (same rules) and must be one the central directory listed, once;</li>
 *   <li>the resolved path must stay inside the staging folder, and no folder on the way may be a link;</li>
 *   <li>the bytes actually copied are counted: more than the entry declared, more than the per-entry limit, or a
 *       running total above the total limit stops the copy at once (a zip bomb lies about its sizes); fewer
 *       than declared is refused too (a truncated entry).</li>
 * </ul>
 * Any refusal removes everything this stager wrote and makes it refuse all further entries: a drop is staged
 * whole or not at all. Entries are streamed, never held in memory.
 *
 * <p>Use {@link #stageAll(ZipInspection, Path)} to stage a whole ZIP in one call, or feed entries from a
 * streaming ZIP reader one by one to {@link #stage(String, InputStream)} (with Camel's ZIP splitter, the raw
 * entry name is the {@code zipFileName} header) and call {@link #finish()} after the last one. Camel 4.18's
 * {@code ZipSplitter} copies each entry into a {@code CachedOutputStream} before a processor sees it, with no
 * size cap in iterator mode, so {@link #stageAll} is the safer way in.
 */
public final class EntryStager {

    /** What became of one entry. */
    public sealed interface Outcome permits Staged, Skipped {
    }

    /**
     * @param entry the inspected entry
     * @param file  where it was written, inside the staging folder
     * @param bytes how many bytes were written
     */
    public record Staged(InspectedEntry entry, Path file, long bytes) implements Outcome {
    }

    /** A folder entry or an entry the inspection skipped; nothing was written. */
    public record Skipped(String entryName, String reason) implements Outcome {
    }

    private static final int BUFFER = 64 * 1024;

    private final ZipInspection inspection;
    private final Path stagingDir;
    private final ZipLimits limits;
    private final Map<String, InspectedEntry> expected;
    private final Map<String, String> skipped = new HashMap<>();
    private final Map<String, Staged> staged = new LinkedHashMap<>();
    private final List<Path> writtenFiles = new ArrayList<>();
    private final Deque<Path> createdDirectories = new ArrayDeque<>();
    private long totalBytes;
    private DropRejectedException failure;

    /** Stages into {@code stagingDir} (created if missing) with the limits the ZIP was inspected against. */
    public EntryStager(ZipInspection inspection, Path stagingDir) throws IOException {
        this(inspection, stagingDir, inspection.limits());
    }

    public EntryStager(ZipInspection inspection, Path stagingDir, ZipLimits limits) throws IOException {
        this.inspection = Objects.requireNonNull(inspection, "inspection");
        this.limits = Objects.requireNonNull(limits, "limits");
        Files.createDirectories(stagingDir);
        this.stagingDir = stagingDir.toRealPath();
        this.expected = inspection.filesByName();
        inspection.skipped().forEach(e -> skipped.putIfAbsent(e.name(), e.reason()));
    }

    /**
     * Stages every file entry of the inspected ZIP, reading it through the central directory the inspection
     * checked, then {@linkplain #finish() finishes}.
     *
     * @return the staged files, in the ZIP's order
     */
    public static List<Staged> stageAll(ZipInspection inspection, Path stagingDir)
            throws DropRejectedException, IOException {
        EntryStager stager = new EntryStager(inspection, stagingDir);
        try (ZipFile zip = ZipFile.builder().setPath(inspection.zip()).get()) {
            for (InspectedEntry e : inspection.files()) {
                List<ZipArchiveEntry> matches = new ArrayList<>();
                zip.getEntries(e.name()).forEach(matches::add);
                if (matches.size() != 1) {
                    throw stager.refuse(e.name(), "the ZIP changed since it was inspected");
                }
                try (InputStream in = zip.getInputStream(matches.get(0))) {
                    stager.stage(e.name(), in);
                }
            }
        } catch (IOException e) {
            throw stager.refuseAll(new DropRejectedException("the ZIP cannot be read: " + e.getMessage(), e));
        }
        return stager.finish();
    }

    /**
     * Stages one entry from {@code content} (which the caller closes).
     *
     * @param entryName the raw entry name, as the ZIP stores it
     * @throws DropRejectedException when the entry or the drop is refused; everything staged so far is removed
     */
    public synchronized Outcome stage(String entryName, InputStream content) throws DropRejectedException {
        if (failure != null) {
            throw new DropRejectedException("the drop was already refused: " + failure.getMessage(), failure);
        }
        String path = checkName(entryName);
        if (inspection.isDirectory(entryName)) {
            return new Skipped(entryName, "folder");
        }
        String skipReason = skipped.get(entryName);
        if (skipReason != null) {
            return new Skipped(entryName, skipReason);
        }
        InspectedEntry entry = expected.get(entryName);
        if (entry == null) {
            throw refuse(entryName, "it is not in the ZIP's central directory (a local header that the central"
                    + " directory does not list)");
        }
        if (staged.containsKey(entryName)) {
            throw refuse(entryName, "it was delivered twice");
        }
        if (!path.endsWith(entry.relativePath())) {
            throw refuse(entryName, "its name does not match the inspected entry");
        }
        Path target = resolveInside(entryName, entry.relativePath());
        long bytes = copy(entry, content, target);
        Staged result = new Staged(entry, target, bytes);
        staged.put(entryName, result);
        return result;
    }

    /**
     * Checks that every file entry the central directory listed was staged.
     *
     * @return the staged files, in the ZIP's order
     * @throws DropRejectedException naming the first missing entry; everything staged is removed
     */
    public synchronized List<Staged> finish() throws DropRejectedException {
        if (failure != null) {
            throw new DropRejectedException("the drop was already refused: " + failure.getMessage(), failure);
        }
        for (InspectedEntry e : inspection.files()) {
            if (!staged.containsKey(e.name())) {
                throw refuse(e.name(), "the central directory lists it, but the ZIP's data never delivered it");
            }
        }
        return List.copyOf(staged.values());
    }

    /** The files staged so far. */
    public synchronized List<Staged> staged() {
        return List.copyOf(staged.values());
    }

    public Path stagingDir() {
        return stagingDir;
    }

    /** Removes everything staged so far and refuses further entries (for a drop refused elsewhere). */
    public synchronized void discard() {
        if (failure == null) {
            failure = new DropRejectedException("the drop was discarded");
        }
        removeStaged();
    }

    private String checkName(String entryName) throws DropRejectedException {
        try {
            return EntryNames.check(entryName);
        } catch (DropRejectedException e) {
            throw refuseAll(e);
        }
    }

    private Path resolveInside(String entryName, String relativePath) throws DropRejectedException {
        Path target = stagingDir.resolve(relativePath).normalize();
        if (!target.startsWith(stagingDir) || target.equals(stagingDir)) {
            throw refuse(entryName, "its path resolves outside the staging folder");
        }
        try {
            Deque<Path> missing = new ArrayDeque<>();
            for (Path p = target.getParent(); !p.equals(stagingDir); p = p.getParent()) {
                if (Files.isSymbolicLink(p)) {
                    throw refuse(entryName, "its folder " + stagingDir.relativize(p) + " is a link in the staging folder");
                }
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    missing.push(p);
                }
            }
            while (!missing.isEmpty()) {
                Path dir = missing.pop();
                Files.createDirectory(dir);
                createdDirectories.push(dir);
            }
        } catch (IOException e) {
            throw refuse(entryName, "its folder cannot be created in the staging folder: " + e.getMessage());
        }
        return target;
    }

    private long copy(InspectedEntry entry, InputStream content, Path target) throws DropRejectedException {
        String name = entry.name();
        long written = 0;
        String problem = null;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            writtenFiles.add(target);
            byte[] buffer = new byte[BUFFER];
            while (problem == null) {
                // read at most one byte past what may be written, so a lying entry is caught right at its cap
                long allowed = Math.min(entry.declaredSize(), limits.maxEntryBytes()) - written;
                int n = content.read(buffer, 0, (int) Math.min(buffer.length, Math.max(allowed, 0) + 1));
                if (n < 0) {
                    break;
                }
                if (written + n > entry.declaredSize()) {
                    problem = "it holds more than the " + entry.declaredSize() + " bytes its central directory"
                            + " entry declares (the ZIP lies about its size)";
                } else if (written + n > limits.maxEntryBytes()) {
                    problem = "it holds more than the per-entry limit of " + limits.maxEntryBytes() + " bytes";
                } else if (totalBytes + n > limits.maxTotalBytes()) {
                    problem = "the entries hold more than the total limit of " + limits.maxTotalBytes() + " bytes";
                } else {
                    out.write(buffer, 0, n);
                    written += n;
                    totalBytes += n;
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw refuse(name, "its path " + entry.relativePath() + " is already taken in the staging folder");
        } catch (IOException e) {
            throw refuse(name, "it cannot be read or staged: " + e.getMessage());
        }
        if (problem != null) {
            throw refuse(name, problem);
        }
        if (written < entry.declaredSize()) {
            throw refuse(name, "it holds " + written + " bytes, fewer than the " + entry.declaredSize()
                    + " its central directory entry declares (truncated?)");
        }
        return written;
    }

    private DropRejectedException refuse(String entryName, String problem) {
        return refuseAll(EntryNames.rejected(entryName, problem));
    }

    private DropRejectedException refuseAll(DropRejectedException reason) {
        if (failure == null) {
            failure = reason;
        }
        removeStaged();
        return reason;
    }

    private void removeStaged() {
        for (Path file : writtenFiles) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the staging folder is private and its owner removes it
            }
        }
        writtenFiles.clear();
        staged.clear();
        while (!createdDirectories.isEmpty()) {
            try {
                Files.deleteIfExists(createdDirectories.pop());
            } catch (IOException ignored) {
                // not empty (something else was put there) or already gone
            }
        }
    }
}
