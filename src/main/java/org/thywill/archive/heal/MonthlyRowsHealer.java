package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.ArchiveReader;

/**
 * Heals one kind of monthly file ({@code <dir>/YYYY_MM_<kind>.txt}) whose lines stand for database rows, one line
 * per row: every row must have its line somewhere among the kind's files, compared by the importer's key at archive
 * precision as a multiset (a line in another month's file still counts; a line is never written twice). A missing
 * line goes into the file of its row's month: appended when it comes last and the file's layout can take an append,
 * else the file is rewritten atomically with it in chronological position (existing lines kept verbatim); a missing
 * file is created as the original starts it. A complete file is not touched; an unreadable one is reported and left
 * as it is.
 *
 * @param <F> the parsed file
 * @param <R> one line's record
 */
final class MonthlyRowsHealer<F, R> {

    /** What one kind of monthly file is and how its lines are written. */
    interface Kind<F, R> {
        /** The report's name of the kind, e.g. {@code sessions}. */
        String name();

        /** The folder under the root, e.g. {@code sessions}. */
        String dir();

        /** The file names of the kind in {@link #dir()}. */
        Pattern fileName();

        /** The file of a month, relative to the root. */
        String fileOf(YearMonth month);

        ArchiveReader<F> reader();

        /** The file's records, in file order. */
        List<R> records(F file);

        /** When a record happened: its month and its place in a file. */
        LocalDateTime at(R record);

        /** What the importer compares a line and a row by, at archive precision. */
        Object key(R record);

        /** A new file of {@code month} holding {@code records} (oldest first), as the original starts it. */
        String create(YearMonth month, List<R> records);

        /** What appending {@code missing} to {@code file} writes; empty when the file's layout takes no append. */
        Optional<String> appendText(F file, List<R> missing);

        /** The whole file with {@code missing} (oldest first) in chronological position. */
        String rewrite(F file, List<R> missing);

        /** Whether a new file must be readable by its owner only (it holds bearer secrets). */
        default boolean ownerOnly() {
            return false;
        }
    }

    private final Kind<F, R> kind;
    private final ArchiveRoot root;
    private final boolean dryRun;
    private final HealReport.Builder report;

    MonthlyRowsHealer(Kind<F, R> kind, ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        this.kind = kind;
        this.root = root;
        this.dryRun = dryRun;
        this.report = report;
    }

    /** Makes the kind's files carry a line for each of {@code wanted} (the database's rows as records). */
    void heal(List<R> wanted) {
        report.kind(kind.name());
        Map<String, ReadFile<F>> files = readFiles();
        Map<Object, Integer> have = new HashMap<>();
        for (ReadFile<F> f : files.values()) {
            if (f.ok()) {
                kind.records(f.value()).forEach(r -> have.merge(kind.key(r), 1, Integer::sum));
            }
        }
        List<R> sorted = new ArrayList<>(wanted);
        sorted.sort(Comparator.comparing(kind::at));
        Map<String, List<R>> missingByFile = new TreeMap<>();
        for (R r : sorted) {
            Object key = kind.key(r);
            Integer n = have.get(key);
            if (n != null && n > 0) {
                have.put(key, n - 1);
            } else {
                missingByFile.computeIfAbsent(kind.fileOf(YearMonth.from(kind.at(r))), k -> new ArrayList<>()).add(r);
            }
        }
        for (ReadFile<F> f : files.values()) {
            if (!missingByFile.containsKey(f.relative())) {
                if (f.ok()) {
                    report.file(kind.name(), HealReport.Outcome.COMPLETE, f.relative(), null);
                } else {
                    f.problems().forEach(report::problem);
                }
            }
        }
        missingByFile.forEach((relative, missing) -> write(relative, files.get(relative), missing));
    }

    private Map<String, ReadFile<F>> readFiles() {
        Map<String, ReadFile<F>> out = new TreeMap<>();
        Path dir = root.resolve(kind.dir());
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (kind.fileName().matcher(name).matches() && Files.isRegularFile(p)) {
                    String relative = kind.dir() + "/" + name;
                    out.put(relative, ReadFile.read(root, relative, kind.reader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    private void write(String relative, ReadFile<F> existing, List<R> missing) {
        String detail = missing.size() + " missing lines";
        Path target = root.resolve(relative);
        try {
            if (existing == null) {
                String text = kind.create(YearMonth.from(kind.at(missing.get(0))), missing);
                if (!readsBack(relative, text, missing)) {
                    return;
                }
                byte[] content = text.getBytes(StandardCharsets.UTF_8);
                if (!dryRun) {
                    if (!DurableFiles.writeNew(target, content, kind.ownerOnly())) {
                        report.problem(relative + ": appeared while it was being healed; left as it is");
                        return;
                    }
                }
                report.file(kind.name(), HealReport.Outcome.CREATED, relative, detail);
                return;
            }
            if (!existing.ok()) {
                existing.problems().forEach(report::problem);
                return;
            }
            LocalDateTime last = kind.records(existing.value()).stream().map(kind::at).max(Comparator.naturalOrder())
                    .orElse(null);
            Optional<String> append = last == null || !kind.at(missing.get(0)).isBefore(last)
                    ? kind.appendText(existing.value(), missing) : Optional.empty();
            if (append.isPresent()) {
                if (!readsBack(relative, existing.text() + append.get(), missing)) {
                    return;
                }
                if (!dryRun) {
                    DurableFiles.appendDurably(target, append.get());
                }
                report.file(kind.name(), HealReport.Outcome.APPENDED, relative, detail);
                return;
            }
            String text = kind.rewrite(existing.value(), missing);
            if (!readsBack(relative, text, missing)) {
                return;
            }
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            if (!dryRun) {
                byte[] before = existing.bytes();
                if (!DurableFiles.update(target, current -> Arrays.equals(current, before) ? content : null)) {
                    report.problem(relative + ": changed while it was being healed; left as it is");
                    return;
                }
            }
            report.file(kind.name(), HealReport.Outcome.REWRITTEN, relative, detail + ", in chronological position");
        } catch (IllegalArgumentException e) {
            report.problem(relative + ": cannot be written: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot heal " + relative, e);
        }
    }

    /**
     * Whether {@code text} reads back cleanly with a line for each of {@code missing}; else a problem is reported
     * and nothing is written. A row holding what its format cannot carry (a line break, a {@code |} in a column)
     * is caught here. The message names no value: some kinds hold bearer secrets.
     */
    private boolean readsBack(String relative, String text, List<R> missing) {
        var parsed = kind.reader().read(text);
        Map<Object, Integer> have = new HashMap<>();
        if (parsed.diagnostics().isEmpty()) {
            kind.records(parsed.value()).forEach(r -> have.merge(kind.key(r), 1, Integer::sum));
        }
        boolean all = parsed.diagnostics().isEmpty() && missing.stream().allMatch(r -> {
            Integer n = have.get(kind.key(r));
            have.put(kind.key(r), n == null ? -1 : n - 1);
            return n != null && n > 0;
        });
        if (!all) {
            report.problem(relative + ": cannot be written: a database row holds what the file's format cannot carry"
                    + " (a line break or '|' in a column); left as it is");
        }
        return all;
    }

    /**
     * {@code lines} with each of {@code missing} (oldest first) before the first later line; lines without a time
     * (not understood) keep their place.
     */
    static <L, M> List<L> merge(List<L> lines, Function<L, LocalDateTime> atOfLine, List<M> missing,
                                Function<M, LocalDateTime> atOfMissing, Function<M, L> toLine) {
        List<L> out = new ArrayList<>(lines.size() + missing.size());
        int m = 0;
        for (L l : lines) {
            LocalDateTime at = atOfLine.apply(l);
            while (at != null && m < missing.size() && atOfMissing.apply(missing.get(m)).isBefore(at)) {
                out.add(toLine.apply(missing.get(m++)));
            }
            out.add(l);
        }
        while (m < missing.size()) {
            out.add(toLine.apply(missing.get(m++)));
        }
        return out;
    }
}
