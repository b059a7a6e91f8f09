package org.thywill.archive.format.export;

import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code export_summary.txt}, written by export-all only when every category succeeded:
 * <pre>
 * Complete Database Export Summary
 * Exported: &lt;TS&gt;
 *
 * This export includes all database data organized by category:
 * • &lt;category&gt;: &lt;n&gt; records      (one per category, in export order)
 * </pre>
 * with no newline at the end.
 *
 * @param exportedAt the export time, or {@code null} when the file's first four lines were not that
 *                   header; then every line of the file is in {@code categories}
 * @param categories the category lines, any line not of that shape kept as unrecognised
 */
public record ExportSummary(LocalDateTime exportedAt, List<Row<CategoryCount>> categories) {

    public static final String TITLE = "Complete Database Export Summary";
    public static final String EXPORTED = "Exported: ";
    public static final String INTRO = "This export includes all database data organized by category:";

    public ExportSummary {
        categories = List.copyOf(categories);
    }

    public static ExportSummary of(LocalDateTime exportedAt, List<CategoryCount> counts) {
        return new ExportSummary(exportedAt, PipeTable.dataRows(counts));
    }
}
