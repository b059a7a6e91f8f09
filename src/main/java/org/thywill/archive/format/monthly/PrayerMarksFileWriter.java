package org.thywill.archive.format.monthly;

import java.time.YearMonth;
import java.util.List;
import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code prayers/marks/YYYY_MM_marks.txt} as the original does: {@code Prayer Marks for <Month YYYY>},
 * {@code Format: timestamp|prayer_id|user_id}, a blank line, then {@code <TS>|<prayer_id>|<user>} rows,
 * each ending in {@code \n}.
 *
 * <p>Not representable, so refused with an {@link IllegalArgumentException}: a {@code |} or line break
 * in the prayer ID or user, an empty prayer ID or user, and seconds (a row keeps the minute).
 */
public final class PrayerMarksFileWriter implements ArchiveWriter<MonthlyFile<PrayerMark>> {

    @Override
    public String write(MonthlyFile<PrayerMark> file) {
        return MonthlyKinds.MARKS.write(file);
    }

    /** A new file for {@code month} holding {@code marks} in the given order. */
    public static MonthlyFile<PrayerMark> file(YearMonth month, List<PrayerMark> marks) {
        return MonthlyKinds.MARKS.file(month, marks);
    }

    /** The row line for {@code mark}. */
    public static MonthlyLine.Row<PrayerMark> row(PrayerMark mark) {
        return MonthlyKinds.MARKS.row(mark);
    }

    /** What the original appends for {@code mark}: its row and {@code \n}. */
    public static String appendText(PrayerMark mark) {
        return row(mark).text() + "\n";
    }
}
