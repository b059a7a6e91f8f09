package org.thywill.archive.format.export;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;

/**
 * Reads the rows of {@code system/changelog_entries.txt}, where a commit message keeps its newlines raw
 * (reference §7 B34), so one row may span several lines. A row starts with a line that begins with
 * {@code <TS>|}; while it has fewer than the five separators of a complete row, the following lines belong
 * to it, as long as they do not bring it past five. Every {@code |} inside the messages is written
 * {@code \|}, so message lines never add separators except on the row's last line, and a message line
 * that looks like a timestamp is still read as message text.
 */
public final class ChangelogRowsReader implements RowsReader<ExportedChangelogEntry> {

    @Override
    public List<Row<ExportedChangelogEntry>> read(List<String> lines, int firstLine, List<Diagnostic> diagnostics) {
        List<Row<ExportedChangelogEntry>> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int start = i;
            StringBuilder text = new StringBuilder(lines.get(i));
            int separators = Escapes.separators(lines.get(i));
            i++;
            if (startsRow(lines.get(start))) {
                while (i < lines.size() && separators < ExportedChangelogEntry.SEPARATORS
                        && separators + Escapes.separators(lines.get(i)) <= ExportedChangelogEntry.SEPARATORS) {
                    separators += Escapes.separators(lines.get(i));
                    text.append('\n').append(lines.get(i));
                    i++;
                }
            }
            rows.add(RowsReader.parse(ExportedChangelogEntry.CODEC, text.toString(), firstLine + start, diagnostics));
        }
        return rows;
    }

    private static boolean startsRow(String line) {
        int bar = line.indexOf('|');
        return bar > 0 && ArchiveTime.parseTs(line.substring(0, bar)).isPresent();
    }
}
