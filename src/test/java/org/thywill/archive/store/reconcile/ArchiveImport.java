package org.thywill.archive.store.reconcile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.processors.ArchiveFileParser;
import org.thywill.archive.processors.FileParse;
import org.thywill.archive.store.Database;
import org.thywill.archive.testing.Samples;

/**
 * Test helper: a sample's archive tree parsed file by file, and imported through the reconciler the way the
 * import route does it: one transaction per file, then one for the cross-file links.
 */
final class ArchiveImport {

    /** One parsed file of a sample. */
    record ParsedFile(String relativePath, ArchiveKind kind, Object record) {
    }

    /** Totals of one import run. */
    record Run(List<FileReconciliation> files, LinkReport link) {

        int changedRows() {
            return files.stream().mapToInt(FileReconciliation::changedRows).sum() + link.changedRows();
        }

        List<String> conflicts() {
            List<String> all = new ArrayList<>();
            files.forEach(f -> all.addAll(f.conflicts()));
            all.addAll(link.conflicts());
            return all;
        }
    }

    private ArchiveImport() {
    }

    /** Every file of the sample's {@code text_archives}, parsed, in path order; each must parse cleanly. */
    static List<ParsedFile> parse(String sample) {
        ArchiveFileParser parser = new ArchiveFileParser();
        List<ParsedFile> out = new ArrayList<>();
        for (Path p : Samples.archiveFiles(sample)) {
            FileParse parse = parser.parse(p);
            if (!parse.isClean() || parse.record() == null) {
                throw new AssertionError(p + " does not parse cleanly: " + parse.diagnostics());
            }
            out.add(new ParsedFile(Samples.relative(p), parse.kind(), parse.record()));
        }
        return out;
    }

    static List<ParsedFile> shuffled(List<ParsedFile> files, long seed) {
        List<ParsedFile> copy = new ArrayList<>(files);
        java.util.Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    static Run run(Database db, List<ParsedFile> files) {
        Reconciler reconciler = new Reconciler();
        List<FileReconciliation> results = new ArrayList<>();
        for (ParsedFile f : files) {
            results.add(db.inTransaction(c -> reconciler.reconcile(c, f.kind(), f.relativePath(), f.record())));
        }
        LinkReport link = db.inTransaction(reconciler::linkAcrossFiles);
        return new Run(results, link);
    }
}
