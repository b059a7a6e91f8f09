package org.thywill.archive.format.monthly;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/**
 * Reads {@code prayers/marks/YYYY_MM_marks.txt} (reference §2.4): the header is kept as written (a
 * wrong title, a missing or different {@code Format:} line is reported), and each row becomes a
 * {@link PrayerMark}; a row it cannot understand is kept and reported with its line number.
 */
public final class PrayerMarksFileReader implements ArchiveReader<MonthlyFile<PrayerMark>> {

    @Override
    public Parsed<MonthlyFile<PrayerMark>> read(String text) {
        return MonthlyKinds.MARKS.read(text);
    }
}
