package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.export.ExportDumpKind;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.Row;

/**
 * Heals one export-all dump (reference §2.6: {@code <Title> (exported <TS>)} / {@code Format: …} / two blank lines /
 * rows, no final newline) from database rows, for a table the original archives only that way. Every row must have
 * its line in the dump, compared by the importer's key at archive precision as a multiset. A missing dump is written
 * as export-all writes it, at {@code now} (UTC, as the original's {@code utcnow}); nothing is written for a table
 * with no rows (export-all writes nothing for an empty category). Missing lines that come last are appended after a
 * newline (the dump keeps its layout: still no final newline); otherwise the dump is rewritten atomically with them in
 * chronological position, its header kept as it is. A complete dump is not touched.
 *
 * @param <R> one row's record
 */
final class ExportDumpHealer<R> {

    private final String kind;
    private final String relative;
    private final ExportDumpKind<R> dump;
    private final Function<R, Object> key;
    private final Function<R, LocalDateTime> at;
    private final ArchiveRoot root;
    private final boolean dryRun;
    private final HealReport.Builder report;

    /**
     * @param at when a record happened (its place in the dump), or {@code null} for a dump without times (missing
     *           lines go last)
     */
    ExportDumpHealer(String kind, String relative, ExportDumpKind<R> dump, Function<R, Object> key,
                     Function<R, LocalDateTime> at, ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        this.kind = kind;
        this.relative = relative;
        this.dump = dump;
        this.key = key;
        this.at = at;
        this.root = root;
        this.dryRun = dryRun;
        this.report = report;
    }

    void heal(List<R> wanted, LocalDateTime now) {
        report.kind(kind);
        List<R> sorted = new ArrayList<>(wanted);
        if (at != null) {
            sorted.sort(Comparator.comparing(at));
        }
        try {
            if (!ReadFile.exists(root, relative)) {
                if (sorted.isEmpty()) {
                    return;
                }
                String text = dump.writer().write(dump.dump(ArchiveTime.toMinute(now), sorted));
                if (!readsBack(text, sorted)) {
                    return;
                }
                byte[] content = text.getBytes(StandardCharsets.UTF_8);
                if (!dryRun && !DurableFiles.writeNew(root.resolve(relative), content)) {
                    report.problem(relative + ": appeared while it was being healed; left as it is");
                    return;
                }
                report.file(kind, HealReport.Outcome.CREATED, relative, sorted.size() + " rows");
                return;
            }
            ReadFile<PipeTable<R>> existing = ReadFile.read(root, relative, dump.reader());
            if (!existing.ok()) {
                existing.problems().forEach(report::problem);
                return;
            }
            PipeTable<R> file = existing.value();
            Map<Object, Integer> have = new HashMap<>();
            file.records().forEach(r -> have.merge(key.apply(r), 1, Integer::sum));
            List<R> missing = new ArrayList<>();
            for (R r : sorted) {
                Integer n = have.get(key.apply(r));
                if (n != null && n > 0) {
                    have.put(key.apply(r), n - 1);
                } else {
                    missing.add(r);
                }
            }
            if (missing.isEmpty()) {
                report.file(kind, HealReport.Outcome.COMPLETE, relative, null);
                return;
            }
            write(existing, file, missing);
        } catch (IllegalArgumentException e) {
            report.problem(relative + ": cannot be written: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot heal " + relative, e);
        }
    }

    private void write(ReadFile<PipeTable<R>> existing, PipeTable<R> file, List<R> missing) throws IOException {
        String detail = missing.size() + " missing rows";
        LocalDateTime last = at == null ? null : file.records().stream().map(at).max(Comparator.naturalOrder())
                .orElse(null);
        boolean comesLast = at == null || last == null || !at.apply(missing.get(0)).isBefore(last);
        if (comesLast && !file.endsWithNewline() && !file.records().isEmpty()) {
            StringBuilder text = new StringBuilder();
            missing.forEach(r -> text.append('\n').append(dump.codec().render(r)));
            if (!readsBack(existing.text() + text, missing)) {
                return;
            }
            if (!dryRun) {
                DurableFiles.appendDurably(root.resolve(relative), text.toString());
            }
            report.file(kind, HealReport.Outcome.APPENDED, relative, detail);
            return;
        }
        List<Row<R>> rows = at == null ? concat(file.rows(), missing) : MonthlyRowsHealer.merge(file.rows(),
                r -> r instanceof Row.Data<R> d ? at.apply(d.value()) : null, missing, at, Row::of);
        String text = PipeTables.write(new PipeTable<>(file.title(), file.format(), file.blankLines(), rows,
                file.endsWithNewline()), dump.codec());
        if (!readsBack(text, missing)) {
            return;
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        if (!dryRun) {
            byte[] before = existing.bytes();
            if (!DurableFiles.update(root.resolve(relative), current -> Arrays.equals(current, before) ? content : null)) {
                report.problem(relative + ": changed while it was being healed; left as it is");
                return;
            }
        }
        report.file(kind, HealReport.Outcome.REWRITTEN, relative, detail + (at == null ? "" : ", in chronological position"));
    }

    /** Whether {@code text} reads back cleanly with a row for each of {@code missing}; else a problem is reported. */
    private boolean readsBack(String text, List<R> missing) {
        var parsed = dump.reader().read(text);
        Map<Object, Integer> have = new HashMap<>();
        if (parsed.diagnostics().isEmpty()) {
            parsed.value().records().forEach(r -> have.merge(key.apply(r), 1, Integer::sum));
        }
        boolean all = parsed.diagnostics().isEmpty() && missing.stream().allMatch(r -> {
            Integer n = have.get(key.apply(r));
            have.put(key.apply(r), n == null ? -1 : n - 1);
            return n != null && n > 0;
        });
        if (!all) {
            report.problem(relative + ": cannot be written: a database row holds what the dump's format cannot carry"
                    + " (a line break or '|' in a column); left as it is");
        }
        return all;
    }

    private static <R> List<Row<R>> concat(List<Row<R>> rows, List<R> missing) {
        List<Row<R>> out = new ArrayList<>(rows);
        missing.forEach(r -> out.add(Row.of(r)));
        return out;
    }
}
