package org.thywill.archive.repair;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.heal.PrayerCoverage;

/**
 * The activity sections of one prayer's copies merged into one chronological section that loses no line: every
 * line of every copy is in it, a line found in several copies as often as the copy holding it most often (per line
 * the larger count, as the importer counts rows across files), and each copy's lines of a minute keep their order
 * (the copies are aligned minute by minute on their common lines).
 *
 * <p>What a live line stands for depends on the lines before it (the old value of {@code set_answered} is the
 * answered state so far), so where one copy's extra lines go among another's matters. Of the orders the alignment
 * allows, the first whose rows ({@link PrayerCoverage}: marks and activity logs at archive precision) are exactly the
 * rows of the copies together (per row key the larger count) is taken: importing the merged file gives what
 * importing every copy gave. The live-phrased lines of a minute are tried first before another copy's heal-phrased
 * ones (heal lines carry their old values; live lines take them from what came before). When no order gives the
 * same rows (the copies tell histories that disagree), there is no merge.
 */
final class ActivityMerge {

    /** Up to this many places where two copies both have lines of their own are tried in every combination. */
    static final int EXHAUSTIVE_CHOICES = 12;
    /** Past this many line pairs in one minute, copies are not aligned (a minute of that many lines is junk). */
    private static final long ALIGNMENT_LIMIT = 1_000_000;

    private ActivityMerge() {
    }

    /** Merges the copies' activity (the first copy's lines lead at each choice by default). */
    static Optional<List<TimedEntry>> merge(List<List<TimedEntry>> copies) {
        List<TimedEntry> merged = PrayerFile.chronological(copies.get(0));
        PrayerCoverage rows = PrayerCoverage.of(merged);
        for (int i = 1; i < copies.size(); i++) {
            List<TimedEntry> next = PrayerFile.chronological(copies.get(i));
            PrayerCoverage target = rows.union(PrayerCoverage.of(next));
            Optional<List<TimedEntry>> two = mergeTwo(merged, next, target);
            if (two.isEmpty()) {
                return Optional.empty();
            }
            merged = two.get();
            rows = target;
        }
        return Optional.of(merged);
    }

    /** A line and the copy it comes from. */
    private record Placed(TimedEntry entry, boolean fromA) {
    }

    /** One minute aligned: common lines, and between them each copy's own lines. */
    private record Minute(List<TimedEntry> a, List<TimedEntry> b, List<TimedEntry> anchors, List<List<TimedEntry>> gapsA,
                          List<List<TimedEntry>> gapsB) {
    }

    private static Optional<List<TimedEntry>> mergeTwo(List<TimedEntry> a, List<TimedEntry> b, PrayerCoverage target) {
        TreeMap<LocalDateTime, List<TimedEntry>> byMinuteA = byMinute(a);
        TreeMap<LocalDateTime, List<TimedEntry>> byMinuteB = byMinute(b);
        TreeSet<LocalDateTime> minutes = new TreeSet<>(byMinuteA.keySet());
        minutes.addAll(byMinuteB.keySet());
        List<Minute> aligned = new ArrayList<>();
        List<int[]> choices = new ArrayList<>(); // {minute index, gap index}
        for (LocalDateTime m : minutes) {
            Minute minute = align(byMinuteA.getOrDefault(m, List.of()), byMinuteB.getOrDefault(m, List.of()));
            for (int g = 0; g < minute.gapsA().size(); g++) {
                if (!minute.gapsA().get(g).isEmpty() && !minute.gapsB().get(g).isEmpty()) {
                    choices.add(new int[] {aligned.size(), g});
                }
            }
            aligned.add(minute);
        }
        for (boolean[] order : orders(aligned, choices)) {
            List<TimedEntry> candidate = build(aligned, choices, order);
            PrayerCoverage rows = PrayerCoverage.of(candidate);
            if (rows.covers(target) && target.covers(rows)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The orders to try, each saying per choice whether B's own lines go first: live lines first, then every
     * combination (or, past {@link #EXHAUSTIVE_CHOICES}, A's first everywhere and B's first everywhere).
     */
    private static List<boolean[]> orders(List<Minute> aligned, List<int[]> choices) {
        int n = choices.size();
        List<boolean[]> orders = new ArrayList<>();
        boolean[] liveFirst = new boolean[n];
        for (int i = 0; i < n; i++) {
            Minute m = aligned.get(choices.get(i)[0]);
            int g = choices.get(i)[1];
            liveFirst[i] = hasContextLiveLine(m.gapsB().get(g)) && !hasContextLiveLine(m.gapsA().get(g));
        }
        orders.add(liveFirst);
        if (n <= EXHAUSTIVE_CHOICES) {
            for (int mask = 0; mask < 1 << n; mask++) {
                boolean[] order = new boolean[n];
                for (int i = 0; i < n; i++) {
                    order[i] = (mask & (1 << i)) != 0;
                }
                if (!Arrays.equals(order, liveFirst)) {
                    orders.add(order);
                }
            }
        } else {
            boolean[] allB = new boolean[n];
            Arrays.fill(allB, true);
            orders.add(new boolean[n]);
            orders.add(allB);
        }
        return orders;
    }

    /** A live line whose rows take old values from the lines before it. */
    private static boolean hasContextLiveLine(List<TimedEntry> lines) {
        return lines.stream().anyMatch(e -> e instanceof TestimonyEntry
                || e instanceof StandardEntry s && s.action() != StandardAction.PRAYED && s.action() != StandardAction.FLAGGED);
    }

    private static List<TimedEntry> build(List<Minute> aligned, List<int[]> choices, boolean[] order) {
        Map<Long, Boolean> bFirst = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            bFirst.put(((long) choices.get(i)[0] << 32) | choices.get(i)[1], order[i]);
        }
        List<TimedEntry> out = new ArrayList<>();
        for (int mi = 0; mi < aligned.size(); mi++) {
            Minute m = aligned.get(mi);
            List<Placed> placed = new ArrayList<>();
            for (int g = 0; g < m.gapsA().size(); g++) {
                boolean b = bFirst.getOrDefault(((long) mi << 32) | g, false);
                addAll(placed, b ? m.gapsB().get(g) : m.gapsA().get(g), !b);
                addAll(placed, b ? m.gapsA().get(g) : m.gapsB().get(g), b);
                if (g < m.anchors().size()) {
                    placed.add(new Placed(m.anchors().get(g), true));
                }
            }
            out.addAll(trim(placed, m.a(), m.b()));
        }
        return out;
    }

    private static void addAll(List<Placed> placed, List<TimedEntry> lines, boolean fromA) {
        lines.forEach(e -> placed.add(new Placed(e, fromA)));
    }

    /**
     * Drops B's copies of a line beyond the larger count (an alignment matches fewer lines than both copies share
     * when the copies hold them in different orders); every line of A stays.
     */
    private static List<TimedEntry> trim(List<Placed> placed, List<TimedEntry> a, List<TimedEntry> b) {
        Map<TimedEntry, Integer> allowed = new HashMap<>();
        Map<TimedEntry, Integer> remainingA = new HashMap<>();
        a.forEach(e -> remainingA.merge(e, 1, Integer::sum));
        Map<TimedEntry, Integer> countB = new HashMap<>();
        b.forEach(e -> countB.merge(e, 1, Integer::sum));
        remainingA.forEach((e, n) -> allowed.put(e, n));
        countB.forEach((e, n) -> allowed.merge(e, n, Math::max));
        Map<TimedEntry, Integer> kept = new HashMap<>();
        List<TimedEntry> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            TimedEntry e = p.entry();
            if (p.fromA()) {
                remainingA.merge(e, -1, Integer::sum);
            } else if (kept.getOrDefault(e, 0) + remainingA.getOrDefault(e, 0) >= allowed.get(e)) {
                continue;
            }
            kept.merge(e, 1, Integer::sum);
            out.add(e);
        }
        return out;
    }

    /** A minute's lines of both copies aligned on a longest common subsequence. */
    private static Minute align(List<TimedEntry> a, List<TimedEntry> b) {
        List<TimedEntry> anchors = new ArrayList<>();
        List<List<TimedEntry>> gapsA = new ArrayList<>();
        List<List<TimedEntry>> gapsB = new ArrayList<>();
        if (a.isEmpty() || b.isEmpty() || (long) a.size() * b.size() > ALIGNMENT_LIMIT) {
            gapsA.add(a);
            gapsB.add(b);
            return new Minute(a, b, anchors, gapsA, gapsB);
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<TimedEntry> gapA = new ArrayList<>();
        List<TimedEntry> gapB = new ArrayList<>();
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                gapsA.add(gapA);
                gapsB.add(gapB);
                anchors.add(a.get(i));
                gapA = new ArrayList<>();
                gapB = new ArrayList<>();
                i++;
                j++;
            } else if (j >= b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                gapA.add(a.get(i++));
            } else {
                gapB.add(b.get(j++));
            }
        }
        gapsA.add(gapA);
        gapsB.add(gapB);
        return new Minute(a, b, anchors, gapsA, gapsB);
    }

    private static TreeMap<LocalDateTime, List<TimedEntry>> byMinute(List<TimedEntry> entries) {
        TreeMap<LocalDateTime, List<TimedEntry>> out = new TreeMap<>();
        for (TimedEntry e : entries) {
            out.computeIfAbsent(e.at(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
