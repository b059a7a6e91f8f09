package org.thywill.archive.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ArchiveTimeTest {

    @Test
    void writesThePythonShapes() {
        LocalDateTime t = LocalDateTime.of(2024, 6, 5, 9, 7, 33, 123_456_000);
        assertThat(ArchiveTime.ts(t)).isEqualTo("June 05 2024 at 09:07");
        assertThat(ArchiveTime.day(t.toLocalDate())).isEqualTo("June 05 2024");
        assertThat(ArchiveTime.monthYear(YearMonth.of(2024, 2))).isEqualTo("February 2024");
        assertThat(ArchiveTime.hm(t.toLocalTime())).isEqualTo("09:07");
        assertThat(ArchiveTime.tsComma(t)).isEqualTo("June 05, 2024 at 09:07");
        assertThat(ArchiveTime.iso(t)).isEqualTo("2024-06-05T09:07:33.123456");
        assertThat(ArchiveTime.str(t)).isEqualTo("2024-06-05 09:07:33.123456");
        assertThat(ArchiveTime.iso(OffsetDateTime.of(t, ZoneOffset.UTC))).isEqualTo("2024-06-05T09:07:33.123456+00:00");
    }

    @Test
    void omitsTheFractionWhenMicrosecondsAreZeroAsPythonDoes() {
        LocalDateTime t = LocalDateTime.of(2025, 7, 7, 9, 20);
        assertThat(ArchiveTime.iso(t)).isEqualTo("2025-07-07T09:20:00");
        assertThat(ArchiveTime.str(t)).isEqualTo("2025-07-07 09:20:00");
        assertThat(ArchiveTime.iso(LocalDateTime.of(2025, 7, 7, 9, 20, 0, 1_000))).isEqualTo("2025-07-07T09:20:00.000001");
    }

    @Test
    void parsesTimestampsLeniently() {
        LocalDateTime expected = LocalDateTime.of(2024, 6, 5, 9, 7);
        assertThat(ArchiveTime.parseTs("June 05 2024 at 09:07")).contains(expected);
        assertThat(ArchiveTime.parseTs("June 5 2024 at 9:07")).contains(expected);
        assertThat(ArchiveTime.parseTs("june 05 2024 at 09:07")).contains(expected);
        assertThat(ArchiveTime.parseTs("Jun 05 2024 at 09:07")).contains(expected);
        assertThat(ArchiveTime.parseTs("June 05 2024 at 09:07:41")).contains(expected.withSecond(41));
        assertThat(ArchiveTime.parseTs("February 29 2024 at 12:34")).contains(LocalDateTime.of(2024, 2, 29, 12, 34));
    }

    @Test
    void rejectsImpossibleOrMalformedTimestamps() {
        assertThat(ArchiveTime.parseTs("February 30 2024 at 12:34")).isEmpty();
        assertThat(ArchiveTime.parseTs("February 29 2023 at 12:34")).isEmpty();
        assertThat(ArchiveTime.parseTs("June 05 2024 09:07")).isEmpty();
        assertThat(ArchiveTime.parseTs("June 05 2024 at 24:07")).isEmpty();
        assertThat(ArchiveTime.parseTs("Pat")).isEmpty();
    }

    @Test
    void parsesDaysMonthsAndIsoValues() {
        assertThat(ArchiveTime.parseDay("February 03 2024")).contains(LocalDate.of(2024, 2, 3));
        assertThat(ArchiveTime.parseMonthYear("February 2024")).contains(YearMonth.of(2024, 2));
        assertThat(ArchiveTime.parseIsoLocal("2024-02-29T15:44:33.731595"))
                .contains(LocalDateTime.of(2024, 2, 29, 15, 44, 33, 731_595_000));
        assertThat(ArchiveTime.parseIsoLocal("2025-01-16 16:39:31.894854"))
                .contains(LocalDateTime.of(2025, 1, 16, 16, 39, 31, 894_854_000));
        assertThat(ArchiveTime.parseIsoLocal("2025-07-07T09:20:00")).contains(LocalDateTime.of(2025, 7, 7, 9, 20));
        assertThat(ArchiveTime.parseIsoOffset("2025-01-25T03:17:27.207585+00:00")).isPresent();
        assertThat(ArchiveTime.parseIsoOffset("2025-01-25T03:17:27Z")).isPresent();
        assertThat(ArchiveTime.parseIsoLocal("yesterday")).isEmpty();
    }

    @Test
    void aFractionNeedsSecondsBeforeIt() {
        // fuzzing found '17:33.389783' (no seconds) parsed to fields that make no time, and the reader threw
        assertThat(ArchiveTime.parseIsoLocal("2025-07-06T17:33.389783")).isEmpty();
        assertThat(ArchiveTime.parseIsoLocal("2025-07-06T17:33")).contains(LocalDateTime.of(2025, 7, 6, 17, 33));
    }
}
