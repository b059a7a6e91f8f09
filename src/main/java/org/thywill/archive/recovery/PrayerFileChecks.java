package org.thywill.archive.recovery;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.TextLines;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileName;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.format.prayer.PrayerHeader;

/**
 * What a prayer file's content says against its name and against the other prayer files: its name
 * ({@code prayers/YYYY/MM/YYYY_MM_DD_prayer_at_HHMM[_N].txt}) agrees with the minute of its {@code Submitted} line;
 * its prayer id is in no other file (the original's heal leaves a second {@code _N} file for a prayer, B35).
 * Headerless files and the crash id {@code temp} (B14) are the reader's to report.
 */
final class PrayerFileChecks {

    /** Each prayer id seen, with the first file that holds it. */
    private final Map<String, String> firstFileOfId = new HashMap<>();

    int prayersSeen() {
        return firstFileOfId.size();
    }

    void check(ParsedArchiveFile file, Consumer<ArchiveProblem> problems) {
        if (!(file.record() instanceof PrayerFile prayer) || !prayer.hasHeader()) {
            return;
        }
        PrayerHeader h = prayer.header();
        String first = firstFileOfId.putIfAbsent(h.id(), file.path());
        if (first != null) {
            problems.accept(new ArchiveProblem(file.path(), 1, ArchiveProblem.DUPLICATE_PRAYER_ID,
                    "prayer " + h.id() + " is also in " + first + " (one prayer, two files)"));
        }
        Optional<PrayerFileName> name = PrayerFileNames.parseRelativePath(file.path());
        if (name.isEmpty()) {
            problems.accept(new ArchiveProblem(file.path(), 0, ArchiveProblem.PRAYER_FILE_NAME,
                    "not a prayer file name: expected prayers/YYYY/MM/YYYY_MM_DD_prayer_at_HHMM[_N].txt, the folder"
                            + " and the name naming the same month"));
            return;
        }
        LocalDateTime submitted = h.submitted();
        if (submitted != null && !submitted.equals(name.get().createdAt())) {
            problems.accept(new ArchiveProblem(file.path(), submittedLine(file.text()), ArchiveProblem.PRAYER_FILE_NAME,
                    "the file name says " + ArchiveTime.ts(name.get().createdAt()) + " but the prayer was submitted "
                            + ArchiveTime.ts(submitted) + " (expected " + PrayerFileNames.relativePath(submitted)
                            + ", or a _N name beside it)"));
        }
    }

    /** The line of {@code Submitted …} in the header block (the lines before the first empty one). */
    private static int submittedLine(String text) {
        List<String> lines = TextLines.split(text).lines();
        for (int i = 0; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            if (lines.get(i).startsWith("Submitted ")) {
                return i + 1;
            }
        }
        return 2;
    }
}
