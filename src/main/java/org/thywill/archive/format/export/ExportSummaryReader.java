package org.thywill.archive.format.export;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;

/**
 * Reads {@code export_summary.txt} ({@link ExportSummary}). A file whose first four lines are not the
 * summary header is reported and read as category lines only, so nothing is lost. The original never
 * ends this file with a newline; one there is accepted and not kept.
 */
public final class ExportSummaryReader implements ArchiveReader<ExportSummary> {

    static final String BULLET = "• ";
    static final String RECORDS = " records";

    @Override
    public Parsed<ExportSummary> read(String text) {
        List<String> lines = TextLines.split(text).lines();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<LocalDateTime> exportedAt = header(lines);
        int first = exportedAt.isPresent() ? 4 : 0;
        if (exportedAt.isEmpty()) {
            diagnostics.add(Diagnostic.atLine(1, "missing header: expected '" + ExportSummary.TITLE + "', '"
                    + ExportSummary.EXPORTED + "<TS>', a blank line and '" + ExportSummary.INTRO + "'"));
        }
        List<Row<CategoryCount>> rows = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            rows.add(RowsReader.parse(CODEC, lines.get(i), i + 1, diagnostics));
        }
        return new Parsed<>(new ExportSummary(exportedAt.orElse(null), rows), diagnostics);
    }

    private static Optional<LocalDateTime> header(List<String> lines) {
        if (lines.size() < 4 || !lines.get(0).equals(ExportSummary.TITLE) || !lines.get(2).isEmpty()
                || !lines.get(3).equals(ExportSummary.INTRO) || !lines.get(1).startsWith(ExportSummary.EXPORTED)) {
            return Optional.empty();
        }
        // only the original's own spelling: a time it did not write ("JulY", "Jul 6") could not be written back
        String ts = lines.get(1).substring(ExportSummary.EXPORTED.length());
        return ArchiveTime.parseTs(ts).filter(t -> ArchiveTime.ts(t).equals(ts));
    }

    static final RowCodec<CategoryCount> CODEC = RowCodec.of(ExportSummaryReader::parseCount,
            c -> BULLET + c.category() + ": " + c.count() + RECORDS);

    private static CategoryCount parseCount(String line) {
        // the last ": " before the count: "…si: records" must not take the ": " inside the suffix
        int colon = line.lastIndexOf(": ", line.length() - RECORDS.length() - 2);
        if (!line.startsWith(BULLET) || !line.endsWith(RECORDS) || colon < BULLET.length()) {
            throw new BadRowException("expected '" + BULLET + "<category>: <n>" + RECORDS + "', found '" + line + "'");
        }
        String n = line.substring(colon + 2, line.length() - RECORDS.length());
        return new CategoryCount(line.substring(BULLET.length(), colon), Fields.integer("count", n));
    }
}
