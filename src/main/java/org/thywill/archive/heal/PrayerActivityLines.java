package org.thywill.archive.heal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.prayer.OtherEntry;
import org.thywill.archive.format.prayer.RemovedEntry;
import org.thywill.archive.format.prayer.SetEntry;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;

/**
 * A prayer's activity section rebuilt from its rows, the inverse of the importer's line → row mapping
 * ({@code store/reconcile/PrayerActivityPlan}), in chronological order (by the rows' exact times):
 * <ul>
 *   <li>a mark and its {@code prayed} log (same user, same minute) → one {@code prayed this prayer};</li>
 *   <li>{@code set_answered} + {@code set_answer_date} (same user and minute, the date in that minute) → one
 *       {@code marked this prayer as answered};</li>
 *   <li>{@code set_answer_testimony} + {@code testimony} (same user, minute and text) → one
 *       {@code added testimony: …};</li>
 *   <li>{@code set_archived} → {@code archived this prayer}; {@code remove_archived} → {@code restored this prayer};
 *       {@code flagged} → {@code flagged this prayer};</li>
 * </ul>
 * each only when the line stands for exactly those rows (the old values the importer replays agree with the
 * stored ones). Everything else falls back to the set/removed phrasings ({@code set X [from 'o'] to 'v'},
 * {@code removed X (was 'o')}, {@code <action>: <new>}), and an attribute whose value the history does not
 * explain gets a {@code set} line of its own, so nothing the database holds is lost. A mark without a
 * {@code prayed} log can only be written as {@code prayed this prayer}, which also stands for a log: noted.
 */
final class PrayerActivityLines {

    record Result(List<TimedEntry> entries, List<String> notes) {
    }

    private record Timed(LocalDateTime exact, int order, TimedEntry entry) {
    }

    private PrayerActivityLines() {
    }

    static Result of(String prayerId, List<PrayerMarkRow> marks, List<PrayerActivityLogRow> logs,
                     List<PrayerAttributeRow> attributes) {
        List<Timed> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<PrayerActivityLogRow> sorted = new ArrayList<>(logs);
        sorted.sort(Comparator.comparing(PrayerActivityLogRow::createdAt));
        boolean[] used = new boolean[sorted.size()];
        int order = 0;

        List<PrayerMarkRow> sortedMarks = new ArrayList<>(marks);
        sortedMarks.sort(Comparator.comparing(PrayerMarkRow::createdAt));
        for (PrayerMarkRow m : sortedMarks) {
            int log = find(sorted, used, m.username(), m.createdAt(), l -> l.action().equals("prayed")
                    && l.oldValue() == null && "true".equals(l.newValue()));
            if (log >= 0) {
                used[log] = true;
            } else {
                notes.add("prayer " + prayerId + ": mark of " + m.username() + " at " + ArchiveTime.ts(m.createdAt())
                        + " has no `prayed` log; its `prayed this prayer` line also stands for one");
            }
            out.add(new Timed(m.createdAt(), order++, new StandardEntry(m.createdAt(), m.username(),
                    StandardAction.PRAYED)));
        }

        Map<String, String> current = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            PrayerActivityLogRow l = sorted.get(i);
            used[i] = true;
            String u = l.userId();
            LocalDateTime at = l.createdAt();
            TimedEntry live = live(sorted, used, l, current);
            if (live != null) {
                out.add(new Timed(at, order++, live));
                continue;
            }
            String action = l.action();
            TimedEntry fallback;
            if (action.startsWith("set_")) {
                String name = action.substring(4);
                fallback = new SetEntry(at, u, name, l.oldValue(), l.newValue() == null ? "None" : l.newValue());
                current.put(name, l.newValue());
            } else if (action.startsWith("remove_")) {
                String name = action.substring(7);
                fallback = new RemovedEntry(at, u, name, l.oldValue() == null ? "None" : l.oldValue());
                current.remove(name);
            } else {
                fallback = new OtherEntry(at, u, action, l.newValue());
            }
            out.add(new Timed(at, order++, fallback));
        }

        for (PrayerAttributeRow a : attributes) {
            String replayed = current.get(a.attributeName());
            if (current.containsKey(a.attributeName()) && HealKeys.sameValue(a.attributeName(), replayed,
                    a.attributeValue())) {
                continue;
            }
            String by = a.createdBy() == null ? "system" : a.createdBy();
            notes.add("prayer " + prayerId + ": attribute " + a.attributeName() + " = '" + a.attributeValue()
                    + "' is not explained by its activity log; written as a `set` line");
            out.add(new Timed(a.createdAt(), order++, new SetEntry(a.createdAt(), by, a.attributeName(), replayed,
                    a.attributeValue() == null ? "None" : a.attributeValue())));
            current.put(a.attributeName(), a.attributeValue());
        }

        out.sort(Comparator.comparing(Timed::exact).thenComparingInt(Timed::order));
        return new Result(out.stream().map(Timed::entry).toList(), notes);
    }

    /** The live line standing for {@code l} (and its partner log, then marked used), or null. */
    private static TimedEntry live(List<PrayerActivityLogRow> logs, boolean[] used, PrayerActivityLogRow l,
                                   Map<String, String> current) {
        String u = l.userId();
        LocalDateTime at = l.createdAt();
        switch (l.action()) {
            case "set_answered" -> {
                if (!"true".equals(l.newValue()) || !Objects.equals(l.oldValue(), current.get("answered"))) {
                    return null;
                }
                String minuteIso = ArchiveTime.iso(ArchiveTime.toMinute(at));
                int date = find(logs, used, u, at, d -> d.action().equals("set_answer_date")
                        && HealKeys.sameValue(HealKeys.ANSWER_DATE, d.newValue(), minuteIso)
                        && HealKeys.sameValue(HealKeys.ANSWER_DATE, d.oldValue(), current.get(HealKeys.ANSWER_DATE)));
                if (date < 0) {
                    return null;
                }
                used[date] = true;
                current.put("answered", "true");
                current.put(HealKeys.ANSWER_DATE, logs.get(date).newValue());
                return new StandardEntry(at, u, StandardAction.ANSWERED);
            }
            case "set_answer_testimony", "testimony" -> {
                boolean isSet = l.action().equals("set_answer_testimony");
                PrayerActivityLogRow set = isSet ? l : null;
                PrayerActivityLogRow log = isSet ? null : l;
                int partner = find(logs, used, u, at, p -> p.action().equals(isSet ? "testimony" : "set_answer_testimony")
                        && Objects.equals(p.newValue(), l.newValue()));
                if (partner < 0 || l.newValue() == null) {
                    return null;
                }
                set = isSet ? set : logs.get(partner);
                log = isSet ? logs.get(partner) : log;
                if (log.oldValue() != null || !Objects.equals(set.oldValue(), current.get("answer_testimony"))) {
                    return null;
                }
                used[partner] = true;
                current.put("answer_testimony", l.newValue());
                return TestimonyEntry.of(at, u, l.newValue());
            }
            case "set_archived" -> {
                if (!"true".equals(l.newValue()) || !Objects.equals(l.oldValue(), current.get("archived"))) {
                    return null;
                }
                current.put("archived", "true");
                return new StandardEntry(at, u, StandardAction.ARCHIVED);
            }
            case "remove_archived" -> {
                if (l.newValue() != null || l.oldValue() == null || !l.oldValue().equals(current.get("archived"))) {
                    return null;
                }
                current.remove("archived");
                return new StandardEntry(at, u, StandardAction.RESTORED);
            }
            case "flagged" -> {
                return l.oldValue() == null && "true".equals(l.newValue())
                        ? new StandardEntry(at, u, StandardAction.FLAGGED) : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static int find(List<PrayerActivityLogRow> logs, boolean[] used, String user, LocalDateTime at,
                            java.util.function.Predicate<PrayerActivityLogRow> match) {
        LocalDateTime minute = ArchiveTime.toMinute(at);
        for (int i = 0; i < logs.size(); i++) {
            PrayerActivityLogRow l = logs.get(i);
            if (!used[i] && l.userId().equals(user) && ArchiveTime.toMinute(l.createdAt()).equals(minute)
                    && match.test(l)) {
                return i;
            }
        }
        return -1;
    }
}
