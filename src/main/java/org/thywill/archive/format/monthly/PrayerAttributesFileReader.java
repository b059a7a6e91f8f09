package org.thywill.archive.format.monthly;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;

/**
 * Reads {@code prayers/attributes/YYYY_MM_attributes.txt} (reference §2.4): the header is kept as written (a
 * wrong title, a missing or different {@code Format:} line is reported), and each row becomes a
 * {@link PrayerAttribute}; a row it cannot understand is kept and reported with its line number.
 */
public final class PrayerAttributesFileReader implements ArchiveReader<MonthlyFile<PrayerAttribute>> {

    @Override
    public Parsed<MonthlyFile<PrayerAttribute>> read(String text) {
        return MonthlyKinds.ATTRIBUTES.read(text);
    }
}
