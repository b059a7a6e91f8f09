package org.thywill.archive.format.monthly;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/**
 * Reads {@code prayers/skips/YYYY_MM_skips.txt} (reference §2.4): the header is kept as written (a
 * wrong title, a missing or different {@code Format:} line is reported), and each row becomes a
 * {@link PrayerSkip}; a row it cannot understand is kept and reported with its line number.
 */
public final class PrayerSkipsFileReader implements ArchiveReader<MonthlyFile<PrayerSkip>> {

    @Override
    public Parsed<MonthlyFile<PrayerSkip>> read(String text) {
        return MonthlyKinds.SKIPS.read(text);
    }
}
