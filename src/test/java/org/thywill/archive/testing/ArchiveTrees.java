package org.thywill.archive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.importing.ArchiveImportService;
import org.thywill.archive.importing.ImportProgress;
import org.thywill.archive.importing.ImportReport;

/** What tests of tree-writing commands (heal, repair) need of an archive tree and its database. */
public final class ArchiveTrees {

    private ArchiveTrees() {
    }

    /** Settings for a database and an archive root, the rest beside them. */
    public static ThyWillSettings settings(Path db, Path archives) {
        return new ThyWillSettings(db, archives, archives.resolve("incoming"), db.getParent().resolve("backups"), 5000);
    }

    /**
     * Every file of the tree (hidden ones included) by relative path: its bytes' hash and its mtime, so that a
     * command that "writes nothing" can be held to it.
     */
    public static Map<String, String> state(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                out.put(root.relativize(p).toString().replace('\\', '/'),
                        Arrays.hashCode(Files.readAllBytes(p)) + "@" + t.toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Imports {@code archives} into the new empty database {@code fresh}; returns the import's report. */
    public static ImportReport importIntoEmpty(Path archives, Path fresh) {
        try (DatabaseProvider provider = new DatabaseProvider(settings(fresh, archives))) {
            return new ArchiveImportService(settings(fresh, archives), provider, 64L << 20, 2000)
                    .importTree(null, false, ImportProgress.NONE);
        }
    }
}
