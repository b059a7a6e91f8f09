package org.thywill.archive.format.auth;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A whole-file snapshot as the original's archive writers rewrite it (reference §2.7 sessions snapshot,
 * §2.10 {@code system_config.txt}): a title ending in a {@code TS_C} time, a {@code Format: …} line, a
 * blank line, one line per item, a blank line and a count line ({@code Total active sessions: N},
 * {@code Configuration items: N}); no newline at the end.
 *
 * @param takenAt         the time in the title (minute precision); {@code null} when the file's frame
 *                        (title, Format line, blank lines, count line) was not understood, in which case
 *                        every line is an {@link FileEntry.Unrecognised} entry and no frame is written back
 * @param entries         the item lines, in file order
 * @param declaredCount   the number on the count line (the original writes the number of items)
 * @param endsWithNewline whether the file ends with a newline (the original never writes one)
 */
public record Snapshot<R>(LocalDateTime takenAt, List<FileEntry<R>> entries, int declaredCount,
                          boolean endsWithNewline) {

    public Snapshot {
        entries = List.copyOf(entries);
    }

    /** A snapshot taken at {@code takenAt} listing {@code items}, as the original writes it. */
    public static <R> Snapshot<R> of(LocalDateTime takenAt, List<R> items) {
        return new Snapshot<>(takenAt, FileEntry.allUnderstood(items), items.size(), false);
    }

    /** The understood items, in file order. */
    public List<R> items() {
        return FileEntry.values(entries);
    }
}
