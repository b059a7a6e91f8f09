package org.thywill.archive.format.monthly;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.ArchiveTime;

/**
 * A monthly pipe file under {@code prayers/} (marks, attributes or skips; reference §2.4): its header
 * as written and its row lines in file order.
 *
 * @param title           line 1, e.g. {@code Prayer Marks for July 2025}
 * @param format          the text after {@code Format: } on line 2, or {@code null} when there is no such line
 * @param blankLines      how many blank lines follow the header (the original writes one)
 * @param lines           every line after those blank lines, in order
 * @param endsWithNewline whether the text ends with {@code \n} (the original's files always do)
 * @param <T>             the record type of the file's kind
 */
public record MonthlyFile<T>(String title, String format, int blankLines, List<MonthlyLine<T>> lines,
                             boolean endsWithNewline) {

    public MonthlyFile {
        lines = List.copyOf(lines);
    }

    /** The month the title names (the text after its last {@code " for "}), if it names one. */
    public Optional<YearMonth> month() {
        int at = title.lastIndexOf(" for ");
        return at < 0 ? Optional.empty() : ArchiveTime.parseMonthYear(title.substring(at + 5));
    }

    /** Every row's record in file order, duplicates included. */
    @SuppressWarnings("unchecked")
    public List<T> records() {
        return lines.stream()
                .filter(MonthlyLine.Row.class::isInstance)
                .map(l -> ((MonthlyLine.Row<T>) l).record())
                .toList();
    }
}
