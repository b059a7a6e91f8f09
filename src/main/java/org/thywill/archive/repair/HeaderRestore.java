package org.thywill.archive.repair;

import java.nio.charset.StandardCharsets;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.prayer.PrayerHeader;
import org.thywill.archive.store.repo.PrayerRow;

/**
 * A headerless prayer file (activity appended to a missing file, reference B16) given back its beginning from the
 * database row whose pointer names it: the header, request text and generated prayer the original writes when it
 * creates the file ({@code Prayer <id> by <author>}, {@code Submitted}, {@code Project:} if tagged), followed by the
 * file's own bytes unchanged. Only a file whose every line reads as an activity is restored; the result must read
 * back as the row's prayer with exactly the file's activity.
 */
final class HeaderRestore {

    /** The restored file's bytes, or why it is not restored. */
    record Result(byte[] content, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private HeaderRestore() {
    }

    static Result restore(LoadedFile<PrayerFile> file, PrayerRow row) {
        if (!file.readable()) {
            return new Result(null, file.unreadable());
        }
        if (file.diagnostics().size() != 1) {
            return new Result(null, "besides its missing header, it has lines that are not activity lines: "
                    + String.join("; ", file.diagnostics().subList(1, file.diagnostics().size()).stream()
                    .map(d -> d.describe(file.relative())).toList()));
        }
        PrayerHeader header = PrayerHeader.of(row.id(), row.authorUsername(), row.createdAt())
                .withProjectTag(row.projectTag());
        String text;
        try {
            text = PrayerFileWriter.creationText(header, row.text(), row.generatedPrayer()) + file.text();
        } catch (IllegalArgumentException e) {
            return new Result(null, "prayer " + row.id() + "'s row cannot be written as a header: " + e.getMessage());
        }
        Parsed<PrayerFile> back = new PrayerFileReader().read(text);
        if (!back.isClean() || !back.value().hasHeader() || !back.value().header().id().equals(row.id())
                || !back.value().activity().equals(file.value().activity())) {
            return new Result(null, "with prayer " + row.id() + "'s header it would not read back as that prayer with"
                    + " the same activity");
        }
        return new Result(text.getBytes(StandardCharsets.UTF_8), null);
    }
}
