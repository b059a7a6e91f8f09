package org.thywill.archive.heal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.OtherEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.RemovedEntry;
import org.thywill.archive.format.prayer.SetEntry;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.heal.HealKeys.LogKey;
import org.thywill.archive.heal.HealKeys.MarkKey;

/**
 * The mark and log rows an activity section stands for, as the importer maps lines to rows
 * ({@code store/reconcile/PrayerActivityPlan}): entries replayed in chronological order (same minute: file order),
 * old values from the replayed attribute state, and per log key {@code max(live lines, heal lines)} rows, since a
 * file may carry both phrasings of the same row. Public for {@code repair}, which checks with it that a prayer's
 * merged copies stand for the rows the copies did.
 */
public final class PrayerCoverage {

    /** What one entry stands for, in the context of the entries before it. */
    record EntryKeys(TimedEntry entry, List<MarkKey> marks, List<LogKey> liveLogs, List<LogKey> healLogs) {
    }

    private final Map<MarkKey, Integer> marks;
    private final Map<LogKey, Integer> logs;

    private PrayerCoverage(Map<MarkKey, Integer> marks, Map<LogKey, Integer> logs) {
        this.marks = marks;
        this.logs = logs;
    }

    public static PrayerCoverage empty() {
        return new PrayerCoverage(new HashMap<>(), new HashMap<>());
    }

    public static PrayerCoverage of(List<? extends ActivityEntry> activity) {
        Map<MarkKey, Integer> marks = new HashMap<>();
        Map<LogKey, Integer> live = new HashMap<>();
        Map<LogKey, Integer> heal = new HashMap<>();
        for (EntryKeys k : keys(activity)) {
            k.marks().forEach(m -> marks.merge(m, 1, Integer::sum));
            k.liveLogs().forEach(l -> live.merge(l, 1, Integer::sum));
            k.healLogs().forEach(l -> heal.merge(l, 1, Integer::sum));
        }
        Map<LogKey, Integer> logs = new HashMap<>(live);
        heal.forEach((key, n) -> logs.merge(key, n, Math::max));
        return new PrayerCoverage(marks, logs);
    }

    /** Per key the larger count: what importing both files gives (each adds only what the other left out). */
    public PrayerCoverage union(PrayerCoverage other) {
        Map<MarkKey, Integer> m = new HashMap<>(marks);
        other.marks.forEach((k, n) -> m.merge(k, n, Math::max));
        Map<LogKey, Integer> l = new HashMap<>(logs);
        other.logs.forEach((k, n) -> l.merge(k, n, Math::max));
        return new PrayerCoverage(m, l);
    }

    /** Takes the rows {@code k} stands for if every one of them is still here; returns whether it did. */
    boolean take(EntryKeys k) {
        Map<MarkKey, Integer> needMarks = new HashMap<>();
        k.marks().forEach(m -> needMarks.merge(m, 1, Integer::sum));
        Map<LogKey, Integer> needLogs = new HashMap<>();
        k.liveLogs().forEach(l -> needLogs.merge(l, 1, Integer::sum));
        k.healLogs().forEach(l -> needLogs.merge(l, 1, Integer::sum));
        boolean all = needMarks.entrySet().stream().allMatch(e -> marks.getOrDefault(e.getKey(), 0) >= e.getValue())
                && needLogs.entrySet().stream().allMatch(e -> logs.getOrDefault(e.getKey(), 0) >= e.getValue());
        if (all) {
            needMarks.forEach((key, n) -> marks.merge(key, -n, Integer::sum));
            needLogs.forEach((key, n) -> logs.merge(key, -n, Integer::sum));
        }
        return all;
    }

    /** Whether this stands for at least every row {@code other} stands for. */
    public boolean covers(PrayerCoverage other) {
        return other.marks.entrySet().stream().allMatch(e -> marks.getOrDefault(e.getKey(), 0) >= e.getValue())
                && other.logs.entrySet().stream().allMatch(e -> logs.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    /** The keys of every understood entry, in chronological order, each in the context of the ones before. */
    static List<EntryKeys> keys(List<? extends ActivityEntry> activity) {
        Map<String, String> current = new HashMap<>();
        List<EntryKeys> out = new ArrayList<>();
        for (TimedEntry e : PrayerFile.chronological(activity)) {
            String u = e.user();
            LocalDateTime at = e.at();
            List<MarkKey> marks = new ArrayList<>(1);
            List<LogKey> live = new ArrayList<>(2);
            List<LogKey> heal = new ArrayList<>(1);
            if (e instanceof StandardEntry s) {
                switch (s.action()) {
                    case PRAYED -> {
                        marks.add(MarkKey.of(u, at));
                        live.add(LogKey.of(u, "prayed", null, "true", at));
                    }
                    case ANSWERED -> {
                        live.add(LogKey.of(u, "set_answered", current.get("answered"), "true", at));
                        current.put("answered", "true");
                        String date = ArchiveTime.iso(at);
                        live.add(LogKey.of(u, "set_answer_date", current.get(HealKeys.ANSWER_DATE), date, at));
                        current.put(HealKeys.ANSWER_DATE, date);
                    }
                    case ARCHIVED -> {
                        live.add(LogKey.of(u, "set_archived", current.get("archived"), "true", at));
                        current.put("archived", "true");
                    }
                    case RESTORED -> live.add(LogKey.of(u, "remove_archived", current.remove("archived"), null, at));
                    case FLAGGED -> live.add(LogKey.of(u, "flagged", null, "true", at));
                }
            } else if (e instanceof TestimonyEntry t) {
                live.add(LogKey.of(u, "set_answer_testimony", current.get("answer_testimony"), t.text(), at));
                live.add(LogKey.of(u, "testimony", null, t.text(), at));
                current.put("answer_testimony", t.text());
            } else if (e instanceof SetEntry s) {
                String v = "None".equals(s.newValue()) ? null : s.newValue();
                heal.add(LogKey.of(u, s.logAction(), s.oldValue(), v, at));
                current.put(s.name(), v);
            } else if (e instanceof RemovedEntry r) {
                heal.add(LogKey.of(u, r.logAction(), r.oldValue(), null, at));
                current.remove(r.name());
            } else if (e instanceof OtherEntry o) {
                heal.add(LogKey.of(u, o.action(), null, o.extra(), at));
            }
            out.add(new EntryKeys(e, marks, live, heal));
        }
        return out;
    }
}
