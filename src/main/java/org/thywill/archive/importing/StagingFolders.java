package org.thywill.archive.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.thywill.archive.files.Pids;

/**
 * The private folders a ZIP or a loose file is staged in before its merge ({@code incoming/.staging/}), named
 * {@code <drop name>-p<pid>-<uuid>} after the process that stages into them. A process killed mid-intake (kill -9,
 * power loss) cannot delete its folder — it holds the whole unpacked drop — so each new staging first removes the
 * folders of processes that no longer run. A folder of a live process (this one, or a concurrent
 * {@code import text-archives --from X.zip}) is never touched; a folder whose name carries no pid is left alone.
 */
final class StagingFolders {

    private static final Pattern OWNER = Pattern.compile(".*-p(\\d+)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StagingFolders() {
    }

    /** A new folder name under {@code root} for staging {@code dropName} in this process. */
    static Path newFolder(Path root, String dropName) {
        return root.resolve(dropName + "-p" + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
    }

    /**
     * Deletes the staging folders under {@code root} whose process no longer runs.
     *
     * @return the folders deleted
     */
    static List<Path> removeOrphans(Path root) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        try (Stream<Path> s = Files.list(root)) {
            for (Path dir : s.toList()) {
                Matcher m = OWNER.matcher(dir.getFileName().toString());
                if (m.matches() && !Pids.running(Long.parseLong(m.group(1)))) {
                    deleteTree(dir);
                    removed.add(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the staging folder " + root, e);
        }
        return removed;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove staging folder " + dir, e);
        }
    }
}
