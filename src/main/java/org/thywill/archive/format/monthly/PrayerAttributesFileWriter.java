package org.thywill.archive.format.monthly;

import java.time.YearMonth;
import java.util.List;
import org.thywill.archive.format.ArchiveWriter;

/**
 * Writes {@code prayers/attributes/YYYY_MM_attributes.txt} as the original does:
 * {@code Prayer Attributes for <Month YYYY>},
 * {@code Format: timestamp|prayer_id|attribute_name|attribute_value|user_id}, a blank line, then
 * {@code <TS>|<prayer_id>|<name>|<value>|<user or system>} rows, each ending in {@code \n}. The value is
 * written unescaped, as the original does; our reader takes everything between the third and the last
 * {@code |} as the value, so a value with {@code |} reads back whole.
 *
 * <p>Not representable, so refused with an {@link IllegalArgumentException}: a {@code |} in the prayer
 * ID, attribute name or user; a line break anywhere; an empty prayer ID or name; seconds (a row keeps
 * the minute). A user named {@code system} is written as, and read back as, the system.
 */
public final class PrayerAttributesFileWriter implements ArchiveWriter<MonthlyFile<PrayerAttribute>> {

    @Override
    public String write(MonthlyFile<PrayerAttribute> file) {
        return MonthlyKinds.ATTRIBUTES.write(file);
    }

    /** A new file for {@code month} holding {@code attributes} in the given order. */
    public static MonthlyFile<PrayerAttribute> file(YearMonth month, List<PrayerAttribute> attributes) {
        return MonthlyKinds.ATTRIBUTES.file(month, attributes);
    }

    /** The row line for {@code attribute}. */
    public static MonthlyLine.Row<PrayerAttribute> row(PrayerAttribute attribute) {
        return MonthlyKinds.ATTRIBUTES.row(attribute);
    }

    /** What the original appends for {@code attribute}: its row and {@code \n}. */
    public static String appendText(PrayerAttribute attribute) {
        return row(attribute).text() + "\n";
    }
}
