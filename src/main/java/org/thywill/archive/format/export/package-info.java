/**
 * The export-all dump files of reference §2.6 ({@link org.thywill.archive.format.export.ExportDumps},
 * {@link org.thywill.archive.format.export.ExportSummaryReader}), and the table machinery every
 * {@code |}-separated kind here builds on: {@link org.thywill.archive.format.export.PipeTable} (header kept
 * verbatim, typed rows, unrecognised rows kept), {@link org.thywill.archive.format.export.RowLayout}
 * (splitting a row by its known columns, {@code \|} escapes and free-text columns included),
 * {@link org.thywill.archive.format.export.Fields} and {@link org.thywill.archive.format.export.TableHeader}.
 */
package org.thywill.archive.format.export;
