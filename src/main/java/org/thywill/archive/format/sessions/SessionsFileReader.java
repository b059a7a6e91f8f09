package org.thywill.archive.format.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.PipeFile;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.Row;
import org.thywill.archive.format.export.RowCodec;
import org.thywill.archive.format.export.RowsReader;

/**
 * Reads {@code sessions/YYYY_MM_sessions.txt} in either layout ({@link SessionsFormat}). Export-all leaves
 * the file without a final newline, so the next live append glues two records onto one line
 * ({@code …|yesJuly 16 2025 at 17:56|…}, reference §7 B29): such a line is read as its two records, with
 * one diagnostic saying so, and the writer then puts them on separate lines. A line is un-glued only when
 * every part reads as a whole record; otherwise it is read as one row (a device text holding such a seam
 * and two complete records' worth of columns would be taken for a glue).
 */
public final class SessionsFileReader implements ArchiveReader<PipeTable<SessionRecord>> {

    /** Where a row ending in {@code |yes}/{@code |no} runs straight into a row starting {@code <TS>|}. */
    private static final Pattern GLUE = Pattern.compile("(?<=\\|(?:yes|no))(?=(?:January|February|March|April|May"
            + "|June|July|August|September|October|November|December) \\d{1,2} \\d{4} at \\d{1,2}:\\d{2}\\|)");

    @Override
    public Parsed<PipeTable<SessionRecord>> read(String text) {
        boolean export = PipeFile.read(text).value().blankLines() >= 2;
        RowCodec<SessionRecord> codec = export ? SessionsFormat.EXPORT_ROW : SessionsFormat.LIVE_ROW;
        return PipeTables.read(text, SessionsFormat.HEADER, (lines, firstLine, diagnostics) -> {
            List<Row<SessionRecord>> rows = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                read(lines.get(i), firstLine + i, codec, rows, diagnostics);
            }
            return rows;
        });
    }

    private static void read(String line, int lineNo, RowCodec<SessionRecord> codec, List<Row<SessionRecord>> rows,
                             List<Diagnostic> diagnostics) {
        List<String> parts = unglue(line);
        if (parts.size() > 1) {
            List<Row<SessionRecord>> glued = new ArrayList<>(parts.size());
            List<Diagnostic> partProblems = new ArrayList<>();
            for (String part : parts) {
                glued.add(RowsReader.parse(codec, part, lineNo, partProblems));
            }
            if (partProblems.isEmpty()) {
                rows.addAll(glued);
                diagnostics.add(Diagnostic.atLine(lineNo, parts.size() + " session records glued on one line "
                        + "(a live append after export-all, which writes no final newline); read as separate rows"));
                return;
            }
        }
        rows.add(RowsReader.parse(codec, line, lineNo, diagnostics));
    }

    private static List<String> unglue(String line) {
        List<String> parts = new ArrayList<>(2);
        Matcher m = GLUE.matcher(line);
        int start = 0;
        while (m.find()) {
            parts.add(line.substring(start, m.start()));
            start = m.start();
        }
        parts.add(line.substring(start));
        return parts;
    }
}
