package org.thywill.archive.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * When the prayers are submitted: uniformly over the span, plus the cases the original's naming and parsing
 * must handle: several same-minute clusters of two and of three prayers (their files get {@code _2} and
 * {@code _3}, in the order of their seconds) and three prayers on every 29 February of the span.
 */
final class PrayerSchedule {

    private PrayerSchedule() {
    }

    /** {@code count} submission times in {@code [from, to)}, as epoch microseconds, sorted. */
    static long[] times(Random random, int count, LocalDateTime from, LocalDateTime to) {
        long[] at = new long[count];
        int n = 0;
        int triples = count >= 3 ? Math.max(2, count / 400) : 0;
        int pairs = count >= 2 ? Math.max(3, count / 200) : 0;
        for (int i = 0; i < triples && n + 3 <= count; i++) {
            n = cluster(random, at, n, 3, from, to);
        }
        for (int i = 0; i < pairs && n + 2 <= count; i++) {
            n = cluster(random, at, n, 2, from, to);
        }
        for (LocalDate leap : leapDays(from, to)) {
            LocalDateTime dayFrom = max(leap.atStartOfDay(), from);
            LocalDateTime dayTo = min(leap.plusDays(1).atStartOfDay(), to);
            for (int i = 0; i < 3 && n < count; i++) {
                at[n++] = DemoClock.micros(DemoClock.between(random, dayFrom, dayTo));
            }
        }
        while (n < count) {
            at[n++] = DemoClock.micros(DemoClock.between(random, from, to));
        }
        Arrays.sort(at);
        return at;
    }

    /** {@code size} prayers in one minute, a few seconds apart. */
    private static int cluster(Random random, long[] at, int n, int size, LocalDateTime from, LocalDateTime to) {
        LocalDateTime minute = DemoClock.between(random, from, to.minusMinutes(2)).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        int second = random.nextInt(20);
        for (int i = 0; i < size; i++) {
            at[n++] = DemoClock.micros(minute.plusSeconds(second)) + random.nextInt(1_000_000);
            second += 1 + random.nextInt(19);
        }
        return n;
    }

    private static List<LocalDate> leapDays(LocalDateTime from, LocalDateTime to) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (Year.isLeap(year)) {
                LocalDate d = LocalDate.of(year, 2, 29);
                if (d.plusDays(1).atStartOfDay().isAfter(from) && d.atStartOfDay().isBefore(to)) {
                    days.add(d);
                }
            }
        }
        return days;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
