package org.thywill.archive.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;

/**
 * Merges an append-only, one-record-per-line file (monthly registrations, sessions, invite usage, the auth logs,
 * event logs, monthly marks/attributes/skips, role assignments and history, feature flags): the staged file's
 * rows that the tree file lacks, counted as a multiset of exact lines, are appended after the tree's rows in the
 * staged order. The tree's header and the order of its rows are kept. Rows are the non-blank lines after the
 * header, which is everything before the first blank line (event logs have none).
 */
final class LineMerge {

    private LineMerge() {
    }

    static TextMerge merge(ArchiveKind kind, String treeText, String stagedText) {
        Map<String, Integer> have = new HashMap<>();
        for (String row : rows(kind, treeText)) {
            have.merge(row, 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (String row : rows(kind, stagedText)) {
            Integer n = have.get(row);
            if (n != null && n > 0) {
                have.put(row, n - 1);
            } else {
                missing.add(row);
            }
        }
        if (missing.isEmpty()) {
            return new TextMerge.NothingNew();
        }
        StringBuilder sb = new StringBuilder(treeText);
        if (!treeText.isEmpty() && !treeText.endsWith("\n")) {
            sb.append('\n');
        }
        for (String row : missing) {
            sb.append(row).append('\n');
        }
        String merged = sb.toString();
        ArchiveReader<?> reader = ArchiveFormats.reader(kind).orElseThrow();
        Parsed<?> parsed = reader.read(merged);
        if (!parsed.isClean()) {
            return new TextMerge.Refused("the merged file would not read cleanly (" + Diagnostics.first(parsed.diagnostics())
                    + "); the tree's file is kept");
        }
        return new TextMerge.Merged(merged, missing.size());
    }

    /** The file's rows: its non-blank lines after the header block. */
    static List<String> rows(ArchiveKind kind, String text) {
        List<String> lines = TextLines.split(text).lines();
        int start = 0;
        if (MergeStrategy.hasHeader(kind)) {
            start = lines.indexOf("");
            if (start < 0) {
                return List.of();
            }
        }
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(start, lines.size())) {
            if (!line.isEmpty()) {
                rows.add(line);
            }
        }
        return rows;
    }
}
