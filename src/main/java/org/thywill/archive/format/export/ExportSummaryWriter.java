package org.thywill.archive.format.export;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.TextLines;

/**
 * Writes {@code export_summary.txt} exactly as the original's {@code _create_export_summary}: the header
 * (when {@link ExportSummary#exportedAt()} is set), one line per category, no final newline.
 * A category name cannot carry a newline.
 */
public final class ExportSummaryWriter implements ArchiveWriter<ExportSummary> {

    @Override
    public String write(ExportSummary summary) {
        List<String> lines = new ArrayList<>();
        if (summary.exportedAt() != null) {
            lines.add(ExportSummary.TITLE);
            lines.add(ExportSummary.EXPORTED + ArchiveTime.ts(summary.exportedAt()));
            lines.add("");
            lines.add(ExportSummary.INTRO);
        }
        for (Row<CategoryCount> row : summary.categories()) {
            lines.add(PipeTables.render(row, ExportSummaryReader.CODEC));
        }
        return TextLines.join(lines, false);
    }
}
