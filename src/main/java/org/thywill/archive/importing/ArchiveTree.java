package org.thywill.archive.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.thywill.archive.format.ArchiveKind;

/**
 * The files of an archive tree in the order an import takes them: users before what refers to them,
 * then prayers, then everything else; by path within a kind. Folders that are not archive content
 * (the drop folder, generated downloads, hidden folders) are not walked, and links are not followed.
 */
public final class ArchiveTree {

    /** Top-level folders under the archive root that hold no archive content. */
    public static final Set<String> NOT_ARCHIVE_CONTENT = Set.of("incoming", "downloads");

    private static final List<ArchiveKind> FIRST = List.of(
            ArchiveKind.USER_REGISTRATIONS, ArchiveKind.INVITE_USAGE, ArchiveKind.USER_ATTRIBUTES,
            ArchiveKind.SESSIONS, ArchiveKind.PRAYER);

    private ArchiveTree() {
    }

    /** A file's size and mtime as the walk saw them. */
    public record FileStat(long size, long mtimeMs) {
    }

    /** The files of a tree in import order, with what the walk saw of each (no second stat needed). */
    public record Scan(List<Path> files, java.util.Map<Path, FileStat> stats) {
    }

    /** Every regular file under {@code root} worth looking at, in import order. */
    public static List<Path> files(Path root) {
        return scan(root).files();
    }

    /** {@link #files}, with each file's size and mtime from the walk itself. */
    public static Scan scan(Path root) {
        List<Path> files = new ArrayList<>();
        java.util.Map<Path, FileStat> stats = new java.util.HashMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    boolean topLevel = dir.getParent().equals(root);
                    if (name.startsWith(".") || topLevel && NOT_ARCHIVE_CONTENT.contains(name)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        files.add(file);
                        stats.put(file, new FileStat(attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root + ": " + e.getMessage(), e);
        }
        return new Scan(inImportOrder(root, files), stats);
    }

    /** The given files of the tree at {@code root}, in import order. */
    public static List<Path> inImportOrder(Path root, java.util.Collection<Path> files) {
        // Rank and relative path are computed once per file, not once per comparison.
        record Keyed(Path file, int rank, String relative) {
        }
        List<Keyed> keyed = new ArrayList<>(files.size());
        for (Path f : files) {
            String rel = relative(root, f);
            keyed.add(new Keyed(f, rank(rel), rel));
        }
        keyed.sort(Comparator.comparingInt(Keyed::rank).thenComparing(Keyed::relative));
        return keyed.stream().map(Keyed::file).toList();
    }

    /** {@code file}'s path relative to {@code root}, {@code /}-separated. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static int rank(String relativePath) {
        return ArchiveKind.of(relativePath)
                .map(k -> FIRST.contains(k) ? FIRST.indexOf(k) : FIRST.size())
                .orElse(FIRST.size() + 1);
    }
}
