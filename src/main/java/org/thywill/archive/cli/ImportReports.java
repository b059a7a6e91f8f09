package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.thywill.archive.importing.ImportReport;

/** An import report for people. */
final class ImportReports {

    private ImportReports() {
    }

    static void print(PrintWriter out, ImportReport r) {
        out.printf("%s %s in %d ms%s%n", r.isDryRun() ? "Dry run of the import of" : "Imported", r.getSource(),
                r.getElapsedMs(), r.isDryRun() ? " (nothing was written)" : "");
        out.println("files:        " + join(r.getFiles()));
        out.println("by kind:      " + join(r.getImportedFilesByKind()));
        out.println((r.isDryRun() ? "would insert: " : "inserted:     ") + join(r.getInserted()));
        if (!r.getUpdated().isEmpty()) {
            out.println((r.isDryRun() ? "would update: " : "updated:      ") + join(r.getUpdated()));
        }
        if (!r.getDeleted().isEmpty()) {
            out.println((r.isDryRun() ? "would delete: " : "deleted:      ") + join(r.getDeleted()));
        }
        if (!r.getRejections().isEmpty()) {
            out.println("rejected (nothing of these files was imported):");
            r.getRejections().forEach(p -> out.println("  " + p));
        }
        if (!r.getPending().isEmpty()) {
            out.println("waiting for other files (not an error):");
            r.getPending().forEach(p -> out.println("  " + p));
        }
        if (!r.getConflicts().isEmpty()) {
            out.println("conflicts (the database was kept):");
            r.getConflicts().forEach(p -> out.println("  " + p));
        }
    }

    private static String join(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
