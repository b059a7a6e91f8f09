package org.thywill.archive.bundle;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The regular files of one folder of the archive tree, found without following any symbolic link (a link could
 * reach files outside the root: reference operations §9 items 22–23). Symbolic links, sockets, pipes and devices,
 * hidden names (a leading {@code .}, which covers our own temp files), {@code *.tmp} files and Camel's read-lock
 * markers ({@code *.camelLock}, left for a moment by the archive watcher) are left out and reported; so is a file
 * that vanished between being listed and being looked at. A folder that cannot be read fails the walk: a bundle
 * silently missing files is worse than none.
 */
final class TreeFiles {

    /** A file found: its path under the archive root ({@code /}-separated) and where it is. */
    record Found(String relative, Path file) {
    }

    /** What a walk found and left out, each sorted by relative path. */
    record Walk(List<Found> files, List<SkippedItem> skipped) {
    }

    private TreeFiles() {
    }

    /**
     * The files under {@code root/folder}, at most {@code maxDepth} levels down (1 = the folder's own files).
     * A missing folder gives nothing; a folder that is itself a link is skipped and reported.
     */
    static Walk walk(Path root, String folder, int maxDepth) throws IOException {
        List<Found> files = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        Path start = root.resolve(folder);
        if (Files.isSymbolicLink(start)) {
            skipped.add(new SkippedItem(folder, "symbolic link, not followed"));
        } else if (Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
                skipped.add(new SkippedItem(folder, "not a folder"));
            } else {
                Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), maxDepth,
                        new Visitor(root, start, files, skipped));
            }
        }
        files.sort(Comparator.comparing(Found::relative));
        skipped.sort(Comparator.comparing(SkippedItem::item));
        return new Walk(files, skipped);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path start;
        private final List<Found> files;
        private final List<SkippedItem> skipped;

        Visitor(Path root, Path start, List<Found> files, List<SkippedItem> skipped) {
            this.root = root;
            this.start = start;
            this.files = files;
            this.skipped = skipped;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) {
                skipped.add(new SkippedItem(relative(dir), "hidden folder"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String relative = relative(file);
            String name = file.getFileName().toString();
            if (attrs.isSymbolicLink()) {
                skipped.add(new SkippedItem(relative, "symbolic link, not followed"));
            } else if (attrs.isDirectory()) {
                return FileVisitResult.CONTINUE; // a folder below maxDepth: not part of this walk
            } else if (!attrs.isRegularFile()) {
                skipped.add(new SkippedItem(relative, "not a regular file"));
            } else if (name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".camelLock")) {
                skipped.add(new SkippedItem(relative, "hidden or temporary file"));
            } else if (!safe(relative)) {
                skipped.add(new SkippedItem(relative, "name cannot be a safe ZIP entry"));
            } else {
                files.add(new Found(relative, file));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
            if (exc instanceof java.nio.file.NoSuchFileException && !file.equals(start)) {
                skipped.add(new SkippedItem(relative(file), "vanished while the bundle was being built"));
                return FileVisitResult.CONTINUE;
            }
            throw new IOException("cannot read " + relative(file) + ": " + exc.getMessage(), exc);
        }

        private String relative(Path p) {
            List<String> parts = new ArrayList<>();
            for (Path part : root.relativize(p)) {
                parts.add(part.toString());
            }
            return String.join("/", parts);
        }

        private static boolean safe(String relative) {
            for (String segment : relative.split("/", -1)) {
                if (!EntryNames.isSafeSegment(segment)) {
                    return false;
                }
            }
            return true;
        }
    }
}
