package org.thywill.archive.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.intake.DropRejectedException;
import org.thywill.archive.intake.EntryStager;
import org.thywill.archive.intake.LooseFile;
import org.thywill.archive.intake.MergeProblem;
import org.thywill.archive.intake.MergeReport;
import org.thywill.archive.intake.TreeMerger;
import org.thywill.archive.intake.ZipInspection;
import org.thywill.archive.intake.ZipInspector;
import org.thywill.archive.intake.ZipLimits;

/**
 * Takes what operators drop into the drop folder — a ZIP of an archive tree (the original's
 * community bundle, ours, or any tree with or without a top folder), a loose archive file, or a
 * JSON file of prayers ({@link PrayerJsonImporter}) — into the canonical tree and the database:
 * <ol>
 *   <li>a ZIP is checked from its central directory (names, links, counts and sizes) before a byte
 *       of it is extracted, then staged entry by entry into a private folder with the sizes enforced
 *       on the bytes actually read;</li>
 *   <li>the staged files are merged into the archive tree (lines the tree lacks are added, identical
 *       content is left alone, nothing is clobbered);</li>
 *   <li>the tree files the drop touched are imported through the ledger, one transaction per file.</li>
 * </ol>
 * Any refusal, rejected file or merge problem fails the drop with every reason, after the good files
 * went in: the drop folder then moves it to {@code .failed/} and this writes {@code <name>.error.txt}
 * beside it.
 */
public class DropFolderService {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolderService.class);

    private final ThyWillSettings settings;
    private final ArchiveImportService imports;
    private final PrayerJsonImporter prayersJson;
    private final ZipLimits limits;

    public DropFolderService(ThyWillSettings settings, ArchiveImportService imports, PrayerJsonImporter prayersJson,
                             ZipLimits limits) {
        this.settings = settings;
        this.imports = imports;
        this.prayersJson = prayersJson;
        this.limits = limits;
    }

    /**
     * @param absolutePath the dropped file
     * @param failedName   the name the drop folder gives it under {@code .failed/} if this fails
     */
    public DropOutcome importDrop(String absolutePath, String failedName) {
        Path drop = Path.of(absolutePath);
        String name = drop.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            PrayerJsonReport report = prayersJson.importFile(absolutePath, false);
            if (!report.getErrors().isEmpty()) {
                throw failed(name, failedName, new DropFailedException(name, report.getErrors(), null));
            }
            LOG.info("Took drop {}: {} prayer(s) imported, {} already present", name, report.getImported(),
                    report.getAlreadyPresent());
            return new DropOutcome(name, null, null, report);
        }
        Path staging = StagingFolders.newFolder(settings.incoming().resolve(".staging"), name);
        try {
            stage(drop, staging);
            MergeReport merge = TreeMerger.merge(staging, settings.archives());
            ImportReport imported = imports.importArchiveFiles(touchedTreeFiles(merge));
            List<String> reasons = new ArrayList<>();
            merge.problems().stream().map(MergeProblem::describe).forEach(reasons::add);
            reasons.addAll(imported.getRejections());
            reasons.addAll(imported.getConflicts());
            if (!reasons.isEmpty()) {
                throw new DropFailedException(name, reasons, null);
            }
            LOG.info("Took drop {}: {}; {} row(s) inserted", name, merge.summary(), imported.totalInserted());
            return new DropOutcome(name, merge, imported, null);
        } catch (DropRejectedException e) {
            throw failed(name, failedName, new DropFailedException(name, List.of(e.reason()), e));
        } catch (IOException e) {
            throw failed(name, failedName, new DropFailedException(name, List.of("I/O error: " + e.getMessage()), e));
        } catch (DropFailedException e) {
            throw failed(name, failedName, e);
        } catch (RuntimeException e) {
            throw failed(name, failedName, new DropFailedException(name, List.of(String.valueOf(e.getMessage())), e));
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * {@code import text-archives --from X.zip}: the same checks, staging and merge as a drop, reported
     * as an import; a dry run imports the staged tree into a rolled-back transaction and merges nothing.
     */
    public ImportReport importZip(Path zip, boolean dryRun, ImportProgress progress) {
        Path staging = StagingFolders.newFolder(settings.incoming().resolve(".staging"), zip.getFileName().toString());
        try {
            stage(zip, staging);
            if (dryRun) {
                return imports.importTree(staging, true, progress);
            }
            MergeReport merge = TreeMerger.merge(staging, settings.archives());
            ImportReport report = imports.importArchiveFiles(touchedTreeFiles(merge));
            merge.problems().stream().map(MergeProblem::describe).forEach(report::addRejection);
            return report;
        } catch (DropRejectedException e) {
            ImportReport report = new ImportReport(zip.toString(), dryRun);
            report.addRejection(zip.getFileName() + ": " + e.reason());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import " + zip + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    private void stage(Path drop, Path staging) throws DropRejectedException, IOException {
        List<Path> orphans = StagingFolders.removeOrphans(staging.getParent());
        if (!orphans.isEmpty()) {
            LOG.info("Removed {} staging folder(s) left by a process that stopped mid-intake: {}", orphans.size(),
                    orphans.stream().map(p -> p.getFileName().toString()).toList());
        }
        Files.createDirectories(staging);
        if (ZipInspector.looksLikeZip(drop)) {
            ZipInspection inspection = ZipInspector.inspect(drop, limits);
            // Streamed entry by entry with the caps enforced on the bytes actually read. Camel's ZipSplitter
            // is not used for drops: in iterator mode it buffers each whole entry before any check can run,
            // so one lying entry (a zip bomb) would fill memory or disk.
            EntryStager.stageAll(inspection, staging);
        } else {
            LooseFile.Placement placement = LooseFile.place(drop, limits.maxEntryBytes());
            Path target = staging.resolve(placement.relativePath());
            Files.createDirectories(target.getParent());
            Files.copy(drop, target);
        }
    }

    /** Every tree file the merge created, extended, found identical or placed under another name. */
    private Set<Path> touchedTreeFiles(MergeReport merge) {
        Path root = settings.archives();
        Set<Path> files = new LinkedHashSet<>();
        Stream.of(merge.created(), merge.linesAppended().keySet(), merge.identical(), merge.nothingNew(),
                        merge.placedElsewhere().values())
                .flatMap(java.util.Collection::stream)
                .map(root::resolve)
                .forEach(files::add);
        return files;
    }

    private DropFailedException failed(String name, String failedName, DropFailedException e) {
        Path errorFile = settings.incoming().resolve(".failed").resolve((failedName == null ? name : failedName) + ".error.txt");
        StringBuilder text = new StringBuilder("The drop ").append(name).append(" was not taken whole:\n");
        e.reasons().forEach(r -> text.append("- ").append(r).append('\n'));
        try {
            DurableFiles.writeAtomically(errorFile, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException io) {
            e.addSuppressed(io);
        }
        LOG.warn("Drop {} failed: {}", name, String.join("; ", e.reasons()));
        return e;
    }

    private static void deleteTree(Path dir) {
        StagingFolders.deleteTree(dir);
    }
}
