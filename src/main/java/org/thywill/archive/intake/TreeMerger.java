package org.thywill.archive.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.Utf8;
import org.thywill.archive.format.activity.ActivityFile;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileName;
import org.thywill.archive.format.prayer.PrayerFileNames;

/**
 * Merges a staged archive tree (a checked, imported drop) into the canonical archive tree without clobbering
 * anything. Each staged file, in path order:
 * <ul>
 *   <li>no archive kind, not UTF-8, or not reading cleanly with its kind's reader → a problem, nothing written;</li>
 *   <li>the tree has the same bytes at its path → left alone (not even its mtime changes);</li>
 *   <li>a prayer file → matched by the prayer id inside, not by name: merged into the tree's file of that prayer
 *       (at its own path, or among the same month's files — the {@code _N} numbering of a minute differs between
 *       communities), else written at its path if free, else at the first free name of its minute
 *       ({@link PrayerFileNames#choose}); never a second file for one prayer ({@link PrayerMerge});</li>
 *   <li>the tree lacks the path → written whole, atomically, and never over a file that appeared meanwhile
 *       ({@link DurableFiles#writeNew});</li>
 *   <li>the tree's file differs → by kind: site activity ({@link ActivityMerge}), append-only line files
 *       ({@link LineMerge}); files rewritten whole (export dumps, snapshots) are kept as they are and the
 *       difference is reported.</li>
 * </ul>
 * A changed file is replaced atomically while its lock is held ({@link DurableFiles#update}); a merge that would
 * leave a file its reader reports diagnostics for is not written. Hidden files and links in the staging tree are
 * not merged.
 */
public final class TreeMerger {

    /** Merges into one tree run one at a time in this JVM (two drops must not pick the same free name). */
    private static final Map<Path, Object> ROOT_LOCKS = new ConcurrentHashMap<>();

    private final Path stagedRoot;
    private final Path archiveRoot;
    private final MergeReport.Builder report = new MergeReport.Builder();
    /** Prayer id → tree path, per {@code prayers/YYYY/MM} folder, read lazily from the files' first lines. */
    private final Map<String, Map<String, String>> prayerIndex = new HashMap<>();

    private TreeMerger(Path stagedRoot, Path archiveRoot) {
        this.stagedRoot = stagedRoot;
        this.archiveRoot = archiveRoot;
    }

    /**
     * Merges every file under {@code stagedRoot} into {@code archiveRoot} (created if missing).
     *
     * @throws IOException when the trees cannot be walked or a tree file cannot be written; what was merged
     *                     before stays merged, each file whole
     */
    public static MergeReport merge(Path stagedRoot, Path archiveRoot) throws IOException {
        TreeMerger merger = new TreeMerger(stagedRoot.toAbsolutePath().normalize(),
                archiveRoot.toAbsolutePath().normalize());
        synchronized (ROOT_LOCKS.computeIfAbsent(merger.archiveRoot, r -> new Object())) {
            DurableFiles.createDirectoriesDurably(merger.archiveRoot);
            for (String relative : merger.stagedFiles()) {
                merger.mergeFile(relative);
            }
        }
        return merger.report.build();
    }

    private void mergeFile(String relative) throws IOException {
        Optional<ArchiveKind> kind = ArchiveKind.of(relative);
        if (kind.isEmpty()) {
            report.problem(relative, null, "not an archive file: no archive kind has this path; not merged");
            return;
        }
        byte[] stagedBytes = Files.readAllBytes(stagedRoot.resolve(relative));
        Path target = archiveRoot.resolve(relative);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Arrays.equals(stagedBytes, Files.readAllBytes(target))) {
            report.identical(relative);
            return;
        }
        Parsed<String> text = Utf8.decode(stagedBytes);
        if (!text.isClean()) {
            report.problem(relative, null, "not valid UTF-8 (" + Diagnostics.first(text.diagnostics()) + "); not merged");
            return;
        }
        ArchiveReader<?> reader = ArchiveFormats.reader(kind.get()).orElseThrow();
        Parsed<?> parsed = reader.read(text.value());
        if (!parsed.isClean()) {
            report.problem(relative, null, "the staged file does not read cleanly ("
                    + Diagnostics.first(parsed.diagnostics()) + "); not merged");
            return;
        }
        MergeStrategy strategy = MergeStrategy.of(kind.get());
        if (strategy == MergeStrategy.PRAYER) {
            mergePrayer(relative, stagedBytes, (PrayerFile) parsed.value());
            return;
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && DurableFiles.writeNew(target, stagedBytes)) {
            report.created(relative);
            return;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            report.problem(relative, relative, "the tree has something other than a regular file at this path; not merged");
            return;
        }
        if (Arrays.equals(stagedBytes, Files.readAllBytes(target))) {
            report.identical(relative); // it appeared while we looked
            return;
        }
        switch (strategy) {
            case SITE_ACTIVITY -> update(relative, relative, tree -> ActivityMerge.merge(tree, (ActivityFile) parsed.value()));
            case LINES -> update(relative, relative, tree -> LineMerge.merge(kind.get(), tree, text.value()));
            case SNAPSHOT -> report.problem(relative, relative, "differs from the tree's file, and a "
                    + kind.get() + " file is rewritten whole rather than appended to, so it cannot be merged line"
                    + " by line; the tree's file is kept");
            default -> throw new IllegalStateException(strategy.name());
        }
    }

    private void mergePrayer(String relative, byte[] stagedBytes, PrayerFile staged) throws IOException {
        String id = staged.header().id();
        Optional<LocalDateTime> minute = PrayerFileNames.parseRelativePath(relative).map(PrayerFileName::createdAt)
                .or(() -> Optional.ofNullable(staged.header().submitted()));
        if (minute.isEmpty()) {
            report.problem(relative, null, "prayer " + id + " has neither a canonical file name nor a Submitted"
                    + " time, so its place in the tree is unknown; not merged");
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            String home = findPrayer(id, relative, minute.get());
            if (home != null) {
                if (!home.equals(relative)) {
                    report.placedElsewhere(relative, home);
                }
                if (Arrays.equals(stagedBytes, Files.readAllBytes(archiveRoot.resolve(home)))) {
                    report.identical(home);
                    return;
                }
                update(relative, home, tree -> PrayerMerge.merge(tree, staged));
                return;
            }
            boolean canonicalName = PrayerFileNames.parseRelativePath(relative).isPresent();
            String path = canonicalName && !Files.exists(archiveRoot.resolve(relative), LinkOption.NOFOLLOW_LINKS)
                    ? relative
                    : PrayerFileNames.choose(minute.get(),
                            p -> Files.exists(archiveRoot.resolve(p), LinkOption.NOFOLLOW_LINKS));
            if (DurableFiles.writeNew(archiveRoot.resolve(path), stagedBytes)) {
                if (!path.equals(relative)) {
                    report.placedElsewhere(relative, path);
                }
                report.created(path);
                monthIndex(parentOf(path)).put(id, path);
                return;
            }
            prayerIndex.clear(); // another writer created a prayer file meanwhile: look again
        }
        report.problem(relative, null, "prayer " + id + ": its minute's files kept changing while a place was"
                + " chosen for it; not merged");
    }

    /** The tree path of the file holding prayer {@code id}, looked for where a file of its minute can be. */
    private String findPrayer(String id, String relative, LocalDateTime minute) throws IOException {
        Path same = archiveRoot.resolve(relative);
        if (Files.isRegularFile(same, LinkOption.NOFOLLOW_LINKS) && id.equals(prayerIdOf(same))) {
            return relative;
        }
        for (String folder : List.of(parentOf(relative), parentOf(PrayerFileNames.relativePath(minute)))) {
            String found = monthIndex(folder).get(id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Map<String, String> monthIndex(String folder) throws IOException {
        Map<String, String> index = prayerIndex.get(folder);
        if (index != null) {
            return index;
        }
        index = new HashMap<>();
        Path dir = archiveRoot.resolve(folder);
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
            for (Path f : files) {
                String rel = folder + "/" + f.getFileName();
                if (ArchiveKind.of(rel).orElse(null) == ArchiveKind.PRAYER) {
                    String id = prayerIdOf(f);
                    if (id != null) {
                        index.putIfAbsent(id, rel);
                    }
                }
            }
        }
        prayerIndex.put(folder, index);
        return index;
    }

    /** The id in a prayer file's {@code Prayer <id> by <author>} first line, or {@code null}. */
    private static String prayerIdOf(Path file) throws IOException {
        String first;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            first = in.readLine();
        }
        if (first == null || !first.startsWith("Prayer ")) {
            return null;
        }
        int by = first.indexOf(" by ", "Prayer ".length());
        return by < 0 ? null : first.substring("Prayer ".length(), by);
    }

    @FunctionalInterface
    private interface TextChange {
        TextMerge apply(String treeText);
    }

    private void update(String stagedPath, String treePath, TextChange change) throws IOException {
        TextMerge[] outcome = new TextMerge[1];
        DurableFiles.update(archiveRoot.resolve(treePath), current -> {
            Parsed<String> tree = Utf8.decode(current);
            outcome[0] = tree.isClean() ? change.apply(tree.value())
                    : new TextMerge.Refused("the tree's file is not valid UTF-8 (" + Diagnostics.first(tree.diagnostics())
                            + "); not merged");
            return outcome[0] instanceof TextMerge.Merged m ? m.text().getBytes(StandardCharsets.UTF_8) : null;
        });
        if (outcome[0] instanceof TextMerge.Merged m) {
            report.appended(treePath, m.added());
        } else if (outcome[0] instanceof TextMerge.Refused r) {
            report.problem(stagedPath, treePath, r.reason());
        } else {
            report.nothingNew(treePath);
        }
    }

    private List<String> stagedFiles() throws IOException {
        List<String> files = new ArrayList<>();
        if (!Files.isDirectory(stagedRoot)) {
            throw new IOException("staging folder not found: " + stagedRoot);
        }
        Files.walkFileTree(stagedRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(stagedRoot) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(file);
                if (file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    files.add(relative);
                } else {
                    report.problem(relative, null, "not a regular file (a link?); not merged");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private String relative(Path file) {
        return stagedRoot.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static String parentOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
