package org.thywill.archive.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.thywill.archive.demo.PrayerEvent.Answered;
import org.thywill.archive.demo.PrayerEvent.Archived;
import org.thywill.archive.demo.PrayerEvent.Prayed;
import org.thywill.archive.demo.PrayerEvent.Restored;

/**
 * Decides a prayer's life when it is submitted: its author and texts, the marks (five on average, mostly
 * within a day; now and then the same member twice in one minute, and now and then an offline mark that
 * arrives after later ones), whether the author marks it answered (with a testimony two times in three),
 * and whether it is archived and perhaps restored. Nothing happens after the community's end.
 */
final class PrayerSimulation {

    static final int MAX_MARKS = 10;
    static final double ANSWERED = 0.22;
    static final double TESTIMONY = 2.0 / 3;
    static final double ARCHIVED = 0.15;
    static final double RESTORED = 0.3;
    static final double ARCHIVED_BY_ADMIN = 0.1;
    static final double REPEATED_MARK = 0.03;
    static final double OFFLINE_MARK = 0.025;
    static final double NO_GENERATED_PRAYER = 0.03;
    static final double MEAN_MARK_DELAY_HOURS = 16;

    private final Random random;
    private final DemoIds ids;
    private final DemoTexts texts;
    private final Roster roster;
    private final LocalDateTime limit;

    PrayerSimulation(Random random, DemoIds ids, DemoTexts texts, Roster roster, LocalDateTime end) {
        this.random = random;
        this.ids = ids;
        this.texts = texts;
        this.roster = roster;
        this.limit = end.minusMinutes(1);
    }

    PrayerHistory simulate(LocalDateTime createdAt) {
        String id = ids.uuidHex();
        Member author = roster.pick(random, createdAt);
        String request = texts.request();
        String generated = random.nextDouble() < NO_GENERATED_PRAYER ? null : texts.generatedPrayer();
        String tag = texts.projectTag();

        List<PrayerEvent> events = new ArrayList<>();
        Answered answered = null;
        if (random.nextDouble() < ANSWERED) {
            LocalDateTime at = someTimeAfter(createdAt, Duration.ofHours(1), Duration.ofDays(45));
            if (at.isBefore(limit)) {
                answered = new Answered(at, author, random.nextDouble() < TESTIMONY ? texts.testimony() : null);
                events.add(answered);
            }
        }
        LocalDateTime hiddenFrom = null;
        LocalDateTime hiddenUntil = null;
        if (random.nextDouble() < ARCHIVED) {
            LocalDateTime after = answered == null ? createdAt : answered.at();
            LocalDateTime at = someTimeAfter(after, Duration.ofHours(2), Duration.ofDays(30));
            Member who = random.nextDouble() < ARCHIVED_BY_ADMIN ? roster.admin() : author;
            LocalDateTime restoredAt = random.nextDouble() < RESTORED
                    ? someTimeAfter(at, Duration.ofHours(1), Duration.ofDays(14)) : null;
            if (at.isBefore(limit)) {
                boolean restored = restoredAt != null && restoredAt.isBefore(limit);
                events.add(new Archived(at, who, restored));
                hiddenFrom = at;
                if (restored) {
                    events.add(new Restored(restoredAt, who));
                    hiddenUntil = restoredAt;
                }
            }
        }
        events.addAll(marks(createdAt, hiddenFrom, hiddenUntil));
        events.sort(Comparator.comparing(PrayerEvent::at));
        return new PrayerHistory(id, author, createdAt, request, generated, tag, events);
    }

    /** The marks in order of arrival; none while the prayer is archived (it is out of the members' feed). */
    private List<Prayed> marks(LocalDateTime createdAt, LocalDateTime hiddenFrom, LocalDateTime hiddenUntil) {
        List<Prayed> marks = new ArrayList<>();
        int count = random.nextInt(MAX_MARKS + 1);
        for (int i = 0; i < count; i++) {
            long delayMicros = 60_000_000L + (long) (-Math.log(1 - random.nextDouble()) * MEAN_MARK_DELAY_HOURS * 3.6e9);
            LocalDateTime at = DemoClock.plusMicros(createdAt, delayMicros);
            if (!at.isBefore(limit) || hidden(at, hiddenFrom, hiddenUntil)) {
                continue;
            }
            Member user = roster.pick(random, at);
            marks.add(new Prayed(at, null, user));
            if (random.nextDouble() < REPEATED_MARK && at.getSecond() <= 56) {
                // the same member again within the minute (a double tap, a second device)
                LocalDateTime again = at.truncatedTo(ChronoUnit.SECONDS)
                        .plusSeconds(1 + random.nextInt(58 - at.getSecond())).plusNanos(random.nextInt(1_000_000) * 1000L);
                if (again.isBefore(limit) && !hidden(again, hiddenFrom, hiddenUntil)) {
                    marks.add(new Prayed(again, null, user));
                }
            }
        }
        marks.sort(Comparator.comparing(Prayed::at));
        for (int i = 1; i < marks.size(); i++) {
            if (random.nextDouble() < OFFLINE_MARK) {
                marks.set(i, offline(marks.get(i), marks.get(i - 1).shownAt(), createdAt));
            }
        }
        return marks;
    }

    /**
     * The mark made offline: recorded on the device before the previous mark's time (so its line, appended on
     * arrival, is out of order), with the millisecond precision of a client ISO time. Unchanged when there is
     * no room for that.
     */
    private Prayed offline(Prayed mark, LocalDateTime previousShown, LocalDateTime createdAt) {
        LocalDateTime low = later(createdAt, mark.user().registeredAt()).plusMinutes(1);
        LocalDateTime high = previousShown.truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        if (!high.isAfter(low)) {
            return mark;
        }
        return new Prayed(mark.at(), DemoClock.between(random, low, high).truncatedTo(ChronoUnit.MILLIS), mark.user());
    }

    private static boolean hidden(LocalDateTime at, LocalDateTime from, LocalDateTime until) {
        return from != null && !at.isBefore(from) && (until == null || at.isBefore(until));
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    /** A time between {@code min} and {@code max} after {@code t}, early enough in its minute for the rows that follow. */
    private LocalDateTime someTimeAfter(LocalDateTime t, Duration min, Duration max) {
        return DemoClock.earlyInMinute(t.plus(DemoClock.randomDuration(random, min, max)));
    }
}
