package org.thywill.archive.recovery;

import java.util.List;
import java.util.Map;
import org.thywill.archive.importing.ImportReport;

/**
 * What importing the archive tree into a new temporary database did: files imported, ignored (not archive files)
 * and rejected (with {@code file:line: reason}), the import's conflicts and pending links, and the rows it made.
 */
public record RebuildSummary(int filesImported, int filesIgnored, int filesRejected, List<String> rejections,
                             List<String> conflicts, List<String> pending, Map<String, Integer> rowsInserted) {

    public RebuildSummary {
        rejections = List.copyOf(rejections);
        conflicts = List.copyOf(conflicts);
        pending = List.copyOf(pending);
        rowsInserted = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rowsInserted));
    }

    static RebuildSummary of(ImportReport r) {
        Map<String, Integer> files = r.getFiles();
        return new RebuildSummary(files.getOrDefault("imported", 0), files.getOrDefault("ignored", 0),
                files.getOrDefault("rejected", 0), r.getRejections(), r.getConflicts(), r.getPending(),
                r.getInserted());
    }
}
