package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.List;
import org.thywill.archive.recovery.ArchiveComparison;
import org.thywill.archive.recovery.KindDiff;
import org.thywill.archive.recovery.NotCarried;
import org.thywill.archive.recovery.RebuildSummary;

/** The database-against-archives comparisons of {@code validate-consistency} and {@code test-recovery}, for people. */
final class RecoveryReports {

    private RecoveryReports() {
    }

    static void printComparison(PrintWriter out, ArchiveComparison c) {
        RebuildSummary r = c.rebuild();
        out.printf("archives rebuilt into a temporary database: %d file(s) imported, %d rejected, %d not archive files%n",
                r.filesImported(), r.filesRejected(), r.filesIgnored());
        if (!r.rejections().isEmpty()) {
            out.println("rejected (nothing of these files was rebuilt):");
            r.rejections().forEach(p -> out.println("  " + p));
        }
        if (!r.conflicts().isEmpty()) {
            out.println("the archives contradict themselves (the import kept the first):");
            r.conflicts().forEach(p -> out.println("  " + p));
        }
        out.printf("%-16s %9s %9s %9s %9s %9s %9s%n", "kind", "database", "archives", "same", "db only",
                "arch only", "differ");
        for (KindDiff k : c.kinds()) {
            out.printf("%-16s %9d %9d %9d %9d %9d %9d%n", k.kind(), k.databaseRows(), k.archiveRows(), k.matched(),
                    k.onlyInDatabase(), k.onlyInArchives(), k.differing());
        }
        for (KindDiff k : c.kinds()) {
            examples(out, k.kind() + " only in the database", k.onlyInDatabase(), k.onlyInDatabaseExamples());
            examples(out, k.kind() + " only in the archives", k.onlyInArchives(), k.onlyInArchivesExamples());
            examples(out, k.kind() + " differing", k.differing(), k.differingExamples());
        }
        out.println("not carried by the archives (by design; not a failure):");
        for (NotCarried n : c.notCarried()) {
            out.println("  " + n.what() + (n.databaseCount() == null ? "" : " [" + n.databaseCount()
                    + " in the database]") + ": " + n.reason());
        }
    }

    private static void examples(PrintWriter out, String title, long count, List<String> examples) {
        if (count == 0) {
            return;
        }
        out.println(title + " (" + count + (examples.size() < count ? ", first " + examples.size() : "") + "):");
        examples.forEach(e -> out.println("  " + e));
    }
}
