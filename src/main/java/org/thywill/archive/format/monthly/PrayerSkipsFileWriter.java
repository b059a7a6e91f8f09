package org.thywill.archive.format.monthly;

import java.time.YearMonth;
import java.util.List;
import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code prayers/skips/YYYY_MM_skips.txt} as the original does: {@code Prayer Skips for <Month YYYY>},
 * {@code Format: timestamp|prayer_id|user_id}, a blank line, then {@code <TS>|<prayer_id>|<user>} rows,
 * each ending in {@code \n}.
 *
 * <p>Not representable, so refused with an {@link IllegalArgumentException}: a {@code |} or line break
 * in the prayer ID or user, an empty prayer ID or user, and seconds (a row keeps the minute).
 */
public final class PrayerSkipsFileWriter implements ArchiveWriter<MonthlyFile<PrayerSkip>> {

    @Override
    public String write(MonthlyFile<PrayerSkip> file) {
        return MonthlyKinds.SKIPS.write(file);
    }

    /** A new file for {@code month} holding {@code skips} in the given order. */
    public static MonthlyFile<PrayerSkip> file(YearMonth month, List<PrayerSkip> skips) {
        return MonthlyKinds.SKIPS.file(month, skips);
    }

    /** The row line for {@code skip}. */
    public static MonthlyLine.Row<PrayerSkip> row(PrayerSkip skip) {
        return MonthlyKinds.SKIPS.row(skip);
    }

    /** What the original appends for {@code skip}: its row and {@code \n}. */
    public static String appendText(PrayerSkip skip) {
        return row(skip).text() + "\n";
    }
}
