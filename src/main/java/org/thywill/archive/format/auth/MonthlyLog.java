package org.thywill.archive.format.auth;

import java.time.YearMonth;
import java.util.List;

/**
 * A monthly, append-only {@code |}-separated log as the original's archive writers keep it (reference
 * §2.7, §2.10): a {@code <Title> for <Month Year>} line, a {@code Format: …} line, a blank line, then
 * one line per event, each ending with a newline.
 *
 * @param month           the month named in the title; {@code null} when the file's header was not
 *                        understood, in which case every line of the file is an {@link FileEntry.Unrecognised}
 *                        entry and no header is written back
 * @param entries         the lines after the header, in file order
 * @param endsWithNewline whether the file ends with a newline (the original always writes one)
 */
public record MonthlyLog<R>(YearMonth month, List<FileEntry<R>> entries, boolean endsWithNewline) {

    public MonthlyLog {
        entries = List.copyOf(entries);
    }

    /** A log for {@code month} holding {@code rows}, as the original writes it. */
    public static <R> MonthlyLog<R> of(YearMonth month, List<R> rows) {
        return new MonthlyLog<>(month, FileEntry.allUnderstood(rows), true);
    }

    /** The understood rows, in file order. */
    public List<R> rows() {
        return FileEntry.values(entries);
    }
}
