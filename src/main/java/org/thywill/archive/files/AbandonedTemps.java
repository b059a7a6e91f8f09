package org.thywill.archive.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Temp files a killed process left: {@link DurableFiles#createTemp} names each after the process writing it, and one
 * whose process no longer runs will never be renamed to its target. Hidden and ignored by every reader, they only
 * take space; this removes them. A temp file of a running process (this one included), and a hidden file named
 * otherwise, are never touched. (A pid reused by another process since keeps its file: the safe side.)
 */
public final class AbandonedTemps {

    private AbandonedTemps() {
    }

    /** Removes the abandoned temp files anywhere under {@code root}; returns them, relative to it. */
    public static List<String> removeUnder(Path root) throws IOException {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                OptionalLong writer = DurableFiles.writerOf(file.getFileName().toString());
                if (attrs.isRegularFile() && writer.isPresent() && !Pids.running(writer.getAsLong())
                        && Files.deleteIfExists(file)) {
                    removed.add(root.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone meanwhile, or unreadable: not ours to judge
            }
        });
        return removed;
    }
}
