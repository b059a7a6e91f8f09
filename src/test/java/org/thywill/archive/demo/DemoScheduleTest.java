package org.thywill.archive.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The time line rules and the id shapes, without running the generator. */
class DemoScheduleTest {

    @Test
    void aSmallCommunityLivesAYearAndALargeOneAboutAHundredAndFiftyPrayersADay() {
        assertThat(Duration.between(DemoClock.START, DemoClock.forPrayers(0).end()).toDays()).isEqualTo(365);
        assertThat(Duration.between(DemoClock.START, DemoClock.forPrayers(500).end()).toDays()).isEqualTo(365);
        long days = Duration.between(DemoClock.START, DemoClock.forPrayers(100_000).end()).toDays();
        assertThat(100_000.0 / days).isBetween(140.0, 150.0);
        assertThat(DemoClock.forPrayers(0).end()).isAfter(LocalDateTime.of(2024, 3, 1, 0, 0));
    }

    @Test
    void prayerTimesAreSortedInsideTheSpanWithSameMinuteClustersAndALeapDay() {
        LocalDateTime from = LocalDateTime.of(2023, 12, 4, 10, 0);
        LocalDateTime to = LocalDateTime.of(2024, 12, 3, 21, 0);
        long[] times = PrayerSchedule.times(new Random(3), 400, from, to);
        assertThat(times).hasSize(400).isSorted();
        assertThat(DemoClock.at(times[0])).isAfterOrEqualTo(from);
        assertThat(DemoClock.at(times[399])).isBefore(to);
        Map<LocalDateTime, Long> perMinute = Arrays.stream(times).mapToObj(DemoClock::at)
                .collect(Collectors.groupingBy(t -> t.truncatedTo(ChronoUnit.MINUTES), Collectors.counting()));
        assertThat(perMinute.values().stream().filter(n -> n == 2).count()).isGreaterThanOrEqualTo(3);
        assertThat(perMinute.values().stream().filter(n -> n == 3).count()).isGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(times).mapToObj(DemoClock::at))
                .filteredOn(t -> t.getMonthValue() == 2 && t.getDayOfMonth() == 29).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void tooFewPrayersForTheClustersStillGivesExactlyThatMany() {
        LocalDateTime from = LocalDateTime.of(2023, 12, 4, 10, 0);
        LocalDateTime to = from.plusDays(365);
        for (int n = 0; n <= 12; n++) {
            assertThat(PrayerSchedule.times(new Random(n), n, from, to)).hasSize(n).isSorted();
        }
    }

    @Test
    void microsecondArithmeticRoundTrips() {
        LocalDateTime t = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000);
        assertThat(DemoClock.at(DemoClock.micros(t))).isEqualTo(t);
        assertThat(DemoClock.plusMicros(t, 1)).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(DemoClock.earlyInMinute(t).getSecond()).isEqualTo(58);
    }

    @Test
    void idsHaveTheOriginalsShapesAndFollowTheSeed() {
        DemoIds ids = new DemoIds(new Random(42));
        String uuid = ids.uuidHex();
        assertThat(uuid).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}");
        assertThat(ids.tokenHex()).matches("[0-9a-f]{32}");
        assertThat(ids.inviteToken()).matches("[0-9a-f]{16}");
        assertThat(new DemoIds(new Random(42)).uuidHex()).isEqualTo(uuid);
        assertThat(new DemoIds(new Random(43)).uuidHex()).isNotEqualTo(uuid);
    }

    @Test
    void everyNameShapeComesEarlyAndNamesAreUnique() {
        DemoNames names = new DemoNames(new Random(1));
        Map<String, Long> seen = IntStream.range(0, 3000).mapToObj(i -> names.next())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(seen).hasSize(3000).containsKey("admin");
        assertThat(seen.keySet()).allSatisfy(n -> assertThat(n.length()).isBetween(2, 50));
        DemoNames first = new DemoNames(new Random(7));
        String[] firstNine = IntStream.range(0, 9).mapToObj(i -> first.next()).toArray(String[]::new);
        assertThat(firstNine[0]).isEqualTo("admin");
        assertThat(firstNine[1]).contains(" - ");
        assertThat(firstNine[2]).contains(" at ");
        assertThat(firstNine[3]).matches(".*[^\\x00-\\x7f].*");
        assertThat(firstNine[7]).startsWith("D'");
    }
}
