package org.thywill.archive.recovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Diagnostic;

/**
 * {@code validate-archives} (route {@code validate-archives}): every file of the archive tree is read by the reader
 * of its kind, and:
 * <ul>
 *   <li>parses: each line a reader cannot understand is a problem ({@code file:line: reason}), as are a file too
 *       large to import, a file that is not UTF-8, and a file whose path names no kind the original writes;</li>
 *   <li>headers are well formed: what the readers check (title, {@code Format:} line), a first line naming another
 *       kind than the path, a monthly title naming another month than the file name;</li>
 *   <li>no prayer id is in two files, each prayer file's name agrees with its {@code Submitted} minute
 *       ({@code _N} allowed) ({@link PrayerFileChecks});</li>
 *   <li>monthly files hold only their month's lines ({@link MonthlyFileChecks}).</li>
 * </ul>
 * Nothing is written. Unlike the original's (which counted files and always passed, reference §4.4, §9 item 17),
 * it fails when anything is wrong.
 */
public final class ArchiveValidator {

    private final Path archives;
    private final long maxFileBytes;

    public ArchiveValidator(Path archives, long maxFileBytes) {
        this.archives = archives.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
    }

    public ArchiveValidation validate() {
        Path tree = archives;
        List<ArchiveProblem> problems = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        PrayerFileChecks prayers = new PrayerFileChecks();
        int[] files = {0};
        int leftOut = new ArchiveTreeReader(tree, maxFileBytes).read(file -> {
            files[0]++;
            byKind.merge(file.kind() == null ? "unknown" : file.kind().name(), 1, Integer::sum);
            check(file, prayers, problems::add);
        });
        problems.sort(Comparator.comparing(ArchiveProblem::path).thenComparingInt(ArchiveProblem::line));
        return new ArchiveValidation(tree, files[0], byKind, leftOut, prayers.prayersSeen(), problems);
    }

    private static void check(ParsedArchiveFile file, PrayerFileChecks prayers, Consumer<ArchiveProblem> problems) {
        if (file.kind() == null) {
            problems.accept(new ArchiveProblem(file.path(), 0, ArchiveProblem.UNKNOWN_FILE, unknown(file)));
        }
        for (Diagnostic d : file.diagnostics()) {
            problems.accept(new ArchiveProblem(file.path(), d.line(), ArchiveProblem.PARSE, d.reason()));
        }
        if (file.kind() == null || file.text() == null) {
            return;
        }
        Optional<ArchiveKind> titled = ArchiveKind.sniff(file.text());
        if (titled.isPresent() && titled.get() != file.kind()) {
            problems.accept(new ArchiveProblem(file.path(), 1, ArchiveProblem.HEADER, "the first line is the header"
                    + " of a " + titled.get() + " file, but the path is a " + file.kind() + " file's"));
        }
        prayers.check(file, problems);
        MonthlyFileChecks.check(file, problems);
    }

    private static String unknown(ParsedArchiveFile file) {
        String reason = "not an archive file: no kind of file the original writes has this path";
        if (file.text() != null) {
            Optional<ArchiveKind> titled = ArchiveKind.sniff(file.text());
            if (titled.isPresent()) {
                reason += " (its first line is the header of a " + titled.get() + " file: misplaced or misnamed?)";
            }
        }
        return reason;
    }
}
