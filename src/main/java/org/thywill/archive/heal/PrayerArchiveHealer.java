package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileName;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.prayer.PrayerHeader;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.store.repo.PrayerRow;

/**
 * Heals one prayer's archive file from its rows (see {@link HealService}). The prayer's files are the one its
 * {@code text_file_path} names (confined to the archive root) and those at its canonical name ({@code _N} included)
 * whose header carries its id: the original's heal split prayers into {@code _2} files (B35) and the importer reads
 * them all, so what they stand for together (per row key the larger count) is compared with the rows, and what
 * is missing goes into the primary file (the pointed-to one, else the lowest suffix): appended when every missing
 * line is at or after the file's last activity, else the file is rewritten atomically with the lines in their
 * chronological places (existing lines kept verbatim, in their order). A complete file is not touched. A prayer
 * with no file gets one at its canonical path with the {@code _N} rule. Never a second file for a prayer that has
 * one; a file heal cannot read exactly is reported and left alone, and then no other file is made for it.
 */
final class PrayerArchiveHealer {

    static final String KIND = "prayers";

    private final ArchiveRoot root;
    private final boolean dryRun;
    private final HealReport.Builder report;
    private final Set<String> claimed;
    private final NewFileBatch newFiles;
    private final PrayerFileReader reader = new PrayerFileReader();
    private final PrayerFileWriter writer = new PrayerFileWriter();
    /** Files created since the last {@link #flush}, in order. */
    private final List<Created> created = new ArrayList<>();
    /**
     * The {@code .txt} names of the directories listed lately: prayers come oldest first, so one month's folder
     * is listed once per chunk instead of once per prayer (thousands of names each time, in a large community).
     */
    private final Map<Path, List<String>> listings = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, List<String>> eldest) {
            return size() > 2;
        }
    };

    private record Created(String relative, String detail, String what) {
    }

    /** A prayer whose files carry all its rows now, with nothing to note: files first the one heal wrote to. */
    record Settled(String prayerId, List<String> files) {
    }

    /** The prayers settled since {@link #takeSettled}; a created file's only once it has its name. */
    private final List<Settled> settled = new ArrayList<>();

    /**
     * @param claimed  paths chosen by this run and not yet on disk (a dry run writes none, yet its later choices
     *                 must see them)
     * @param newFiles where created files are written until {@link #flush}; unused in a dry run
     */
    PrayerArchiveHealer(ArchiveRoot root, boolean dryRun, HealReport.Builder report, Set<String> claimed,
                        NewFileBatch newFiles) {
        this.root = root;
        this.dryRun = dryRun;
        this.report = report;
        this.claimed = claimed;
        this.newFiles = newFiles;
    }

    /** Heals {@code p}'s file; returns its path under the root, or empty when it has none heal could use. */
    Optional<String> heal(PrayerRow p, List<TimedEntry> desired) {
        List<ReadFile<PrayerFile>> files = new ArrayList<>();
        String pointed = pointedFile(p);
        if (pointed != null) {
            ReadFile<PrayerFile> f = ReadFile.read(root, pointed, reader);
            if (!f.ok()) {
                f.problems().forEach(report::problem);
                return Optional.empty();
            }
            if (!f.value().hasHeader() || f.value().header().id().equals(p.id())) {
                files.add(f);
            } else {
                report.note("prayer " + p.id() + ": its text_file_path " + pointed + " holds prayer "
                        + f.value().header().id() + "; not used for it");
                pointed = null;
            }
        }
        for (String relative : canonicalNames(p.createdAt())) {
            if (relative.equals(pointed)) {
                continue;
            }
            if (!belongsTo(relative, p.id())) {
                continue;
            }
            ReadFile<PrayerFile> f = ReadFile.read(root, relative, reader);
            if (!f.ok()) {
                f.problems().forEach(report::problem);
                return Optional.empty();
            }
            files.add(f);
        }
        if (files.isEmpty()) {
            return create(p, desired);
        }
        return Optional.of(heal(p, desired, files));
    }

    private String pointedFile(PrayerRow p) {
        if (p.textFilePath() == null) {
            return null;
        }
        ArchiveRoot.Resolved r = root.resolveStored(p.textFilePath());
        if (!r.ok()) {
            report.problem("prayer " + p.id() + ": text_file_path refused: " + r.refusal()
                    + "; healed at its canonical path instead");
            return null;
        }
        return ReadFile.exists(root, r.relative()) ? r.relative() : null;
    }

    /** Existing files named for the minute {@code createdAt}: the plain name and its {@code _N} variants, in order. */
    private List<String> canonicalNames(LocalDateTime createdAt) {
        String plain = PrayerFileNames.relativePath(createdAt);
        Path dir = root.resolve(plain).getParent();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = plain.substring(plain.lastIndexOf('/') + 1, plain.length() - ".txt".length());
        List<PrayerFileName> names = new ArrayList<>();
        List<String> listing = listing(dir);
        int first = Collections.binarySearch(listing, prefix);
        for (int i = first >= 0 ? first : -first - 1; i < listing.size() && listing.get(i).startsWith(prefix); i++) {
            PrayerFileNames.parseFileName(listing.get(i))
                    .filter(n -> n.createdAt().equals(org.thywill.archive.format.ArchiveTime.toMinute(createdAt)))
                    .ifPresent(names::add);
        }
        names.sort(Comparator.comparingInt(PrayerFileName::suffix));
        return names.stream().map(PrayerFileName::relativePath).toList();
    }

    /** The names of {@code dir}'s {@code .txt} entries, sorted (cached until the next {@link #flush}). */
    private List<String> listing(Path dir) {
        List<String> names = listings.get(dir);
        if (names != null) {
            return names;
        }
        List<String> read = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path e : entries) {
                read.add(e.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        Collections.sort(read);
        listings.put(dir, read);
        return read;
    }

    /** Whether the file's first line is {@code Prayer <id> by …} (read without parsing the whole file). */
    private boolean belongsTo(String relative, String id) {
        try (var in = Files.newBufferedReader(root.resolve(relative), StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.startsWith("Prayer " + id + " by ");
        } catch (IOException e) {
            return true; // let the full read report why it cannot be read
        }
    }

    private Optional<String> create(PrayerRow p, List<TimedEntry> desired) {
        String relative = PrayerFileNames.choose(p.createdAt(),
                path -> claimed.contains(path) || ReadFile.exists(root, path));
        String text;
        try {
            text = writer.write(new PrayerFile(header(p), p.text(), p.generatedPrayer(), List.copyOf(desired)));
        } catch (IllegalArgumentException e) {
            report.problem(relative + ": prayer " + p.id() + " cannot be written: " + e.getMessage());
            return Optional.empty();
        }
        claimed.add(relative);
        if (!dryRun) {
            try {
                newFiles.add(relative, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + relative, e);
            }
        }
        created.add(new Created(relative, "prayer " + p.id() + ", " + desired.size() + " activity lines",
                "prayer " + p.id()));
        if (!dryRun) {
            settled.add(new Settled(p.id(), List.of(relative)));
        }
        return Optional.of(relative);
    }

    /** The prayers settled since the last call (call after {@link #flush}: created files are named by then). */
    List<Settled> takeSettled() {
        List<Settled> taken = List.copyOf(settled);
        settled.clear();
        return taken;
    }

    /**
     * Gives the files created since the last flush their names, durably and together ({@link NewFileBatch}), and
     * reports them (a dry run reports them the same way, at the same point). Returns the paths whose name another
     * writer took meanwhile: those files were not created and are reported as problems.
     */
    Set<String> flush() {
        Set<String> clashes;
        try {
            clashes = dryRun ? Set.of() : newFiles.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create prayer files", e);
        }
        if (!clashes.isEmpty()) {
            settled.removeIf(st -> clashes.contains(st.files().get(0)));
        }
        for (Created c : created) {
            if (clashes.contains(c.relative())) {
                report.problem(c.relative() + ": appeared while " + c.what() + " was being healed; left as it is");
            } else {
                report.file(KIND, HealReport.Outcome.CREATED, c.relative(), c.detail());
            }
        }
        if (!dryRun && !created.isEmpty()) {
            claimed.clear(); // the created files are on disk now, where the next choices see them
            listings.clear();
        }
        created.clear();
        return clashes;
    }

    private String heal(PrayerRow p, List<TimedEntry> desired, List<ReadFile<PrayerFile>> files) {
        ReadFile<PrayerFile> primary = files.get(0);
        PrayerCoverage have = PrayerCoverage.empty();
        for (ReadFile<PrayerFile> f : files) {
            have = have.union(PrayerCoverage.of(f.value().activity()));
        }
        List<TimedEntry> missing = new ArrayList<>();
        for (PrayerCoverage.EntryKeys k : PrayerCoverage.keys(desired)) {
            if (!have.take(k)) {
                missing.add(k.entry());
            }
        }
        PrayerFile file = primary.value();
        boolean noted = noteHeaderDifferences(p, primary);
        Runnable settle = () -> {
            if (!noted && !dryRun) {
                settled.add(new Settled(p.id(), files.stream().map(ReadFile::relative).toList()));
            }
        };
        if (missing.isEmpty() && file.hasHeader()) {
            report.file(KIND, HealReport.Outcome.COMPLETE, primary.relative(), null);
            settle.run();
            return primary.relative();
        }
        String detail = "prayer " + p.id() + ", " + missing.size() + " missing activity lines";
        try {
            if (file.hasHeader() && appendable(file.activity(), missing)) {
                StringBuilder text = new StringBuilder();
                for (TimedEntry e : missing) {
                    text.append(PrayerFileWriter.activityLine(e));
                }
                if (!dryRun) {
                    DurableFiles.appendDurably(root.resolve(primary.relative()), text.toString());
                }
                report.file(KIND, HealReport.Outcome.APPENDED, primary.relative(), detail);
                settle.run();
                return primary.relative();
            }
            if (!writer.write(file).equals(primary.text())) {
                report.problem(primary.relative() + ": would not be written back byte for byte; left as it is");
                return primary.relative();
            }
            PrayerFile healed = file.hasHeader()
                    ? new PrayerFile(file.header(), file.requestText(), file.generatedPrayer(),
                    merge(file.activity(), missing))
                    : new PrayerFile(header(p), p.text(), p.generatedPrayer(), merge(file.activity(), missing));
            byte[] content = writer.write(healed).getBytes(StandardCharsets.UTF_8);
            if (!dryRun) {
                byte[] before = primary.bytes();
                boolean replaced = DurableFiles.update(root.resolve(primary.relative()),
                        current -> Arrays.equals(current, before) ? content : null);
                if (!replaced) {
                    report.problem(primary.relative() + ": changed while it was being healed; left as it is");
                    return primary.relative();
                }
            }
            report.file(KIND, HealReport.Outcome.REWRITTEN, primary.relative(),
                    file.hasHeader() ? detail + ", out of order" : detail + ", header restored");
            settle.run();
        } catch (IllegalArgumentException e) {
            report.problem(primary.relative() + ": prayer " + p.id() + " activity cannot be written: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot heal " + primary.relative(), e);
        }
        return primary.relative();
    }

    /** Notes a header or request text that differs from the row; returns whether it did. */
    private boolean noteHeaderDifferences(PrayerRow p, ReadFile<PrayerFile> f) {
        PrayerFile file = f.value();
        if (file.hasHeader() && (!file.header().author().equals(p.authorUsername())
                || !file.requestText().equals(p.text()))) {
            report.note(f.relative() + ": prayer " + p.id() + " header or request text differs from the database;"
                    + " the file's are kept (heal adds, never overwrites)");
            return true;
        }
        return false;
    }

    static PrayerHeader header(PrayerRow p) {
        return PrayerHeader.of(p.id(), p.authorUsername(), p.createdAt()).withProjectTag(p.projectTag());
    }

    /** An append keeps the section chronological when nothing missing is earlier than the file's last activity. */
    private static boolean appendable(List<ActivityEntry> activity, List<TimedEntry> missing) {
        LocalDateTime last = null;
        for (ActivityEntry e : activity) {
            if (e instanceof TimedEntry t && (last == null || t.at().isAfter(last))) {
                last = t.at();
            }
        }
        LocalDateTime lastExisting = last;
        return lastExisting == null || missing.stream().noneMatch(m -> m.at().isBefore(lastExisting));
    }

    /** {@code activity} in its order, each missing entry placed before the first later existing activity. */
    static List<ActivityEntry> merge(List<ActivityEntry> activity, List<TimedEntry> missing) {
        List<ActivityEntry> out = new ArrayList<>(activity.size() + missing.size());
        int m = 0;
        for (ActivityEntry e : activity) {
            if (e instanceof TimedEntry t) {
                while (m < missing.size() && missing.get(m).at().isBefore(t.at())) {
                    out.add(missing.get(m++));
                }
            }
            out.add(e);
        }
        while (m < missing.size()) {
            out.add(missing.get(m++));
        }
        return out;
    }
}
