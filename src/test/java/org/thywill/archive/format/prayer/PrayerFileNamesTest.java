package org.thywill.archive.format.prayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrayerFileNamesTest {

    private static final LocalDateTime LEAP = LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_000_000);

    @Test
    void canonicalPathIsTheCreationMinute() {
        assertThat(PrayerFileNames.relativePath(LEAP)).isEqualTo("prayers/2024/02/2024_02_29_prayer_at_1234.txt");
        assertThat(PrayerFileNames.relativePath(LocalDateTime.of(2025, 1, 1, 0, 1)))
                .isEqualTo("prayers/2025/01/2025_01_01_prayer_at_0001.txt");
    }

    @Test
    void clashesTakeTheFirstFreeSuffixFromTwo() {
        Set<String> existing = new HashSet<>();
        assertThat(PrayerFileNames.choose(LEAP, existing::contains)).isEqualTo("prayers/2024/02/2024_02_29_prayer_at_1234.txt");

        existing.add("prayers/2024/02/2024_02_29_prayer_at_1234.txt");
        assertThat(PrayerFileNames.choose(LEAP, existing::contains)).isEqualTo("prayers/2024/02/2024_02_29_prayer_at_1234_2.txt");

        existing.add("prayers/2024/02/2024_02_29_prayer_at_1234_2.txt");
        existing.add("prayers/2024/02/2024_02_29_prayer_at_1234_4.txt");
        assertThat(PrayerFileNames.choose(LEAP, existing::contains)).isEqualTo("prayers/2024/02/2024_02_29_prayer_at_1234_3.txt");
    }

    @Test
    void namesAreReadBackToMinuteAndSuffix() {
        assertThat(PrayerFileNames.parseFileName("2024_02_29_prayer_at_1234.txt"))
                .contains(new PrayerFileName(LocalDateTime.of(2024, 2, 29, 12, 34), 1));
        assertThat(PrayerFileNames.parseFileName("2024_02_29_prayer_at_1234_3.txt"))
                .contains(new PrayerFileName(LocalDateTime.of(2024, 2, 29, 12, 34), 3));
        assertThat(PrayerFileNames.parseRelativePath("prayers/2023/12/2023_12_31_prayer_at_2359_2.txt"))
                .contains(new PrayerFileName(LocalDateTime.of(2023, 12, 31, 23, 59), 2));
    }

    @Test
    void nonNamesAndImpossibleDatesAreRejected() {
        assertThat(PrayerFileNames.parseFileName("2023_02_29_prayer_at_1234.txt")).isEmpty();
        assertThat(PrayerFileNames.parseFileName("2024_02_29_prayer_at_2460.txt")).isEmpty();
        assertThat(PrayerFileNames.parseFileName("2024_02_29_prayer_at_1234_1.txt")).isEmpty();
        assertThat(PrayerFileNames.parseFileName("2024_02_29_prayer_at_1234_02.txt")).isEmpty();
        assertThat(PrayerFileNames.parseFileName("2024_02_29_prayer_at_1234.txt.tmp")).isEmpty();
        assertThat(PrayerFileNames.parseFileName("prayer_marks.txt")).isEmpty();
        assertThat(PrayerFileNames.parseRelativePath("prayers/2024/03/2024_02_29_prayer_at_1234.txt"))
                .as("directory month disagrees with the name").isEmpty();
        assertThat(PrayerFileNames.parseRelativePath("prayers/marks/2024_02_marks.txt")).isEmpty();
    }
}
