package org.thywill.archive.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * The simulated time line (UTC, which the original's server-local and UTC clocks then agree on): a fixed
 * start in December 2023, so that every run covers 29 February 2024, and a length of at least a year that
 * grows so there are at most about {@value #PRAYERS_PER_DAY} prayers a day. The community's last event, a
 * sign-in, happens at {@link #end()}; everything else happens before it.
 */
final class DemoClock {

    static final LocalDateTime START = LocalDateTime.of(2023, 12, 4, 7, 0);
    static final int PRAYERS_PER_DAY = 150;
    static final int MIN_DAYS = 365;

    private final LocalDateTime end;

    private DemoClock(LocalDateTime end) {
        this.end = end;
    }

    static DemoClock forPrayers(int prayers) {
        long days = Math.max(MIN_DAYS, (prayers + PRAYERS_PER_DAY - 1L) / PRAYERS_PER_DAY);
        return new DemoClock(START.plusDays(days).plusHours(15).plusNanos(271_828_000L));
    }

    LocalDateTime start() {
        return START;
    }

    LocalDateTime end() {
        return end;
    }

    static long micros(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + t.getNano() / 1000;
    }

    static LocalDateTime at(long micros) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }

    static LocalDateTime plusMicros(LocalDateTime t, long micros) {
        return t.plusNanos(micros * 1000);
    }

    /** A uniformly random instant in {@code [from, to)}, to the microsecond. */
    static LocalDateTime between(Random random, LocalDateTime from, LocalDateTime to) {
        long a = micros(from);
        long b = micros(to);
        return b <= a ? from : at(a + (long) (random.nextDouble() * (b - a)));
    }

    /** A uniformly random duration in {@code [min, max)}, to the microsecond. */
    static Duration randomDuration(Random random, Duration min, Duration max) {
        long span = (max.toNanos() - min.toNanos()) / 1000;
        return min.plusNanos((long) (random.nextDouble() * span) * 1000);
    }

    /**
     * {@code t} moved, if needed, to at most second 58 of its minute, so that the rows the original writes a
     * few hundred microseconds after an event stay in the minute its archive line shows.
     */
    static LocalDateTime earlyInMinute(LocalDateTime t) {
        return t.getSecond() >= 59 ? t.withSecond(58) : t;
    }
}
