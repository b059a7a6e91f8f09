package org.thywill.archive.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.importing.ArchiveImportService;
import org.thywill.archive.importing.FileOutcome;
import org.thywill.archive.importing.ImportProgress;
import org.thywill.archive.importing.ImportReport;

/**
 * The archive tree imported into a NEW database in a temporary folder, by the same importer as {@code import
 * text-archives} (so what it rebuilds is exactly what a recovery from the archives would give). The live database
 * is not opened; the tree is only read. {@link #close} deletes the temporary folder and everything in it.
 */
public final class ArchiveRebuild implements AutoCloseable {

    private final Path folder;
    private final Path database;
    private final ImportReport report;
    private final Set<ArchiveKind> kindsInTree;

    private ArchiveRebuild(Path folder, Path database, ImportReport report, Set<ArchiveKind> kindsInTree) {
        this.folder = folder;
        this.database = database;
        this.report = report;
        this.kindsInTree = kindsInTree;
    }

    /** Imports the tree at {@code settings.archives()} into a new database under {@code settings.tempDir()}. */
    public static ArchiveRebuild of(RecoverySettings settings) {
        if (!Files.isDirectory(settings.archives())) {
            throw new IllegalArgumentException("archive directory not found: " + settings.archives());
        }
        Path folder = createFolder(settings.tempDir());
        try {
            Path db = folder.resolve("rebuilt.db");
            // Its own settings: the archive root it knows is inside the temporary folder, so the tree imported is
            // "another tree" to the importer, which then keeps no ledger of it.
            ThyWillSettings own = new ThyWillSettings(db, folder.resolve("archives"), folder.resolve("incoming"),
                    folder.resolve("backups"), settings.busyTimeoutMs());
            Set<ArchiveKind> kinds = EnumSet.noneOf(ArchiveKind.class);
            ImportReport report;
            try (DatabaseProvider databases = new DatabaseProvider(own)) {
                report = new ArchiveImportService(own, databases, settings.maxFileBytes(), settings.batchFiles())
                        .importTree(settings.archives(), false, new ImportProgress() {
                            @Override
                            public void started(int files) {
                            }

                            @Override
                            public void fileDone(FileOutcome outcome) {
                                if (outcome.kind() != null) {
                                    kinds.add(outcome.kind());
                                }
                            }
                        });
            }
            return new ArchiveRebuild(folder, db, report, kinds);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** The rebuilt database (closed: open it to read it, and close it before {@link #close}). */
    public Path database() {
        return database;
    }

    public ImportReport report() {
        return report;
    }

    /** The kinds of the files found in the tree, whatever became of them (imported, rejected or not imported). */
    public Set<ArchiveKind> kindsInTree() {
        return kindsInTree;
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static Path createFolder(Path parent) {
        try {
            if (parent == null) {
                return Files.createTempDirectory("thywill-rebuild-");
            }
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "thywill-rebuild-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the rebuilt database: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
