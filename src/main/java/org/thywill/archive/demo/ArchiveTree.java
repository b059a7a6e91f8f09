package org.thywill.archive.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code text_archives/} directory being generated: files are written whole, once, as UTF-8. Paths are
 * relative to the archive root and {@code /}-separated. (No fsync per file: a demo tree is rebuilt, not
 * recovered, and 100,000 fsyncs would dominate the run.)
 */
final class ArchiveTree {

    /** The directories the original's services create when they start, whether or not they write into them. */
    static final List<String> SERVICE_DIRECTORIES = List.of("prayers", "users", "activity", "auth",
            "auth/notifications", "roles", "sessions", "system/current_state", "system/event_log");

    private final Path root;
    private final Set<Path> directories = new HashSet<>();
    private long files;

    ArchiveTree(Path root) throws IOException {
        this.root = root;
        for (String d : SERVICE_DIRECTORIES) {
            directory(root.resolve(d));
        }
    }

    void write(String relativePath, String text) throws IOException {
        Path file = root.resolve(relativePath);
        directory(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        files++;
    }

    /** How many files were written. */
    long files() {
        return files;
    }

    /** The {@code text_file_path} the original stores for a file: its path under {@code text_archives/}. */
    static String storedPath(String relativePath) {
        return DemoOutput.ARCHIVES + "/" + relativePath;
    }

    private void directory(Path dir) throws IOException {
        if (directories.add(dir)) {
            Files.createDirectories(dir);
        }
    }
}
