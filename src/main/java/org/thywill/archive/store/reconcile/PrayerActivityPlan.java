package org.thywill.archive.store.reconcile;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.OtherEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerReplay;
import org.thywill.archive.format.prayer.RemovedEntry;
import org.thywill.archive.format.prayer.SetEntry;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.store.reconcile.Precision.LogKey;

/**
 * The rows one prayer file's activity section stands for, as the live app stores them (reference §3, "Live event
 * → archive lines + DB rows"), at archive precision. Pure: no database. Entries are taken in chronological order
 * (same-minute entries in file order), as {@link PrayerReplay} replays them.
 *
 * <p>Live phrasings:
 * <ul>
 *   <li>{@code prayed this prayer} → a mark, and log {@code prayed} (old NULL, new {@code true}) with the file
 *       path;</li>
 *   <li>{@code marked this prayer as answered} → attributes {@code answered}={@code true} and {@code answer_date} =
 *       ISO of the line's minute; logs {@code set_answered} and {@code set_answer_date} (old = the attribute's
 *       value before, new = the value set), without file path. There is no {@code answered} log.</li>
 *   <li>{@code added testimony: T} → attribute {@code answer_testimony} = T; logs {@code set_answer_testimony}
 *       (old = previous testimony) and {@code testimony} (old NULL, new T, with the file path);</li>
 *   <li>{@code archived this prayer} → attribute {@code archived}={@code true}, log {@code set_archived};
 *       {@code restored this prayer} → the attribute removed, log {@code remove_archived} (old = its value,
 *       new NULL);</li>
 *   <li>{@code flagged this prayer} (legacy: the live app archives no flag toggle) → the {@code prayer.flagged}
 *       column per replay and log {@code flagged} (new {@code true}, with the file path), as heal writes that log
 *       back as this line; no attribute: the live app keeps the flag in the column.</li>
 * </ul>
 * Heal phrasings: {@code set X [from 'o'] to 'v'} → log {@code set_X} (old o or NULL, new v; {@code 'None'}
 * means NULL) and attribute X = v; {@code removed X (was 'o')} → log {@code remove_X} (old o, new NULL) and X
 * removed; {@code <action>[: extra]} → log {@code action} (new = extra).
 *
 * <p><b>One event, two phrasings.</b> Heal writes a log row back in the set/remove phrasing, so a file may hold
 * both the live line and heal's line for the same row ({@code marked … as answered} and
 * {@code set answered to 'true'} in the same minute). Logs are therefore counted per source: for each log key
 * (user, action, old, new at precision, minute) the file stands for {@code max(live lines, heal lines)} rows, not
 * their sum. Attributes are single-valued, so folding the same event twice changes nothing.
 */
final class PrayerActivityPlan {

    /** A mark the file stands for. */
    record Mark(String user, LocalDateTime minute) {
    }

    /** A log row the file stands for; {@code withFilePath}: the live app stores the prayer file's path on it. */
    record Log(String user, String action, String oldValue, String newValue, LocalDateTime minute,
               boolean withFilePath) {
    }

    /**
     * The replayed final state of one attribute the file mentions.
     *
     * @param present    whether the history ends with the attribute set (false: it was removed)
     * @param createdAt  the minute it was set since it was last removed (the live app updates in place and keeps
     *                   the row's creation time and creator)
     * @param lastChange the minute of the file's last event about it
     */
    record Attribute(String name, boolean present, String value, String createdBy, LocalDateTime createdAt,
                     LocalDateTime lastChange) {
    }

    private final List<Mark> marks;
    private final List<Log> logs;
    private final Map<LogKey, Integer> logCounts;
    private final Map<String, Attribute> attributes;
    private final boolean flagged;
    private final Set<String> users;

    private PrayerActivityPlan(List<Mark> marks, List<Log> logs, Map<LogKey, Integer> logCounts,
                               Map<String, Attribute> attributes, boolean flagged, Set<String> users) {
        this.marks = marks;
        this.logs = logs;
        this.logCounts = logCounts;
        this.attributes = attributes;
        this.flagged = flagged;
        this.users = users;
    }

    static PrayerActivityPlan of(String prayerId, List<? extends ActivityEntry> activity) {
        Builder b = new Builder(prayerId);
        for (TimedEntry e : PrayerFile.chronological(activity)) {
            b.apply(e);
        }
        return b.build(PrayerReplay.replay(activity).flagged());
    }

    /** Whether the file stands for no row at all (no activity): nothing to compare. */
    boolean isEmpty() {
        return marks.isEmpty() && logs.isEmpty() && attributes.isEmpty();
    }

    /** One per {@code prayed this prayer} line, in chronological order. */
    List<Mark> marks() {
        return marks;
    }

    /** Every log row the file stands for (merged per source), in chronological order. */
    List<Log> logs() {
        return logs;
    }

    /** How many log rows with {@code key} the file stands for. */
    int logCount(LogKey key) {
        return logCounts.getOrDefault(key, 0);
    }

    /** The final state of each attribute the file mentions, by name. */
    Map<String, Attribute> attributes() {
        return attributes;
    }

    /** Whether the replayed history ends flagged. */
    boolean flagged() {
        return flagged;
    }

    /** Every display name the activity names. */
    Set<String> users() {
        return users;
    }

    private static final class Builder {
        private final String prayerId;
        private final List<Mark> marks = new ArrayList<>();
        private final Map<LogKey, List<Log>> live = new LinkedHashMap<>();
        private final Map<LogKey, List<Log>> heal = new LinkedHashMap<>();
        private final Set<LogKey> order = new LinkedHashSet<>();
        private final Map<String, Current> current = new HashMap<>();
        private final Map<String, LocalDateTime> lastChange = new LinkedHashMap<>();
        private final Set<String> users = new LinkedHashSet<>();

        private static final class Current {
            String value;
            final String createdBy;
            final LocalDateTime createdAt;

            Current(String value, String createdBy, LocalDateTime createdAt) {
                this.value = value;
                this.createdBy = createdBy;
                this.createdAt = createdAt;
            }
        }

        Builder(String prayerId) {
            this.prayerId = prayerId;
        }

        void apply(TimedEntry e) {
            String u = e.user();
            LocalDateTime at = e.at();
            users.add(u);
            if (e instanceof StandardEntry s) {
                switch (s.action()) {
                    case PRAYED -> {
                        marks.add(new Mark(u, at));
                        log(live, u, "prayed", null, "true", at, true);
                    }
                    case ANSWERED -> {
                        log(live, u, "set_answered", value("answered"), "true", at, false);
                        set("answered", "true", u, at);
                        String date = ArchiveTime.iso(at);
                        log(live, u, "set_answer_date", value(Precision.ANSWER_DATE), date, at, false);
                        set(Precision.ANSWER_DATE, date, u, at);
                    }
                    case ARCHIVED -> {
                        log(live, u, "set_archived", value("archived"), "true", at, false);
                        set("archived", "true", u, at);
                    }
                    case RESTORED -> {
                        log(live, u, "remove_archived", value("archived"), null, at, false);
                        remove("archived", at);
                    }
                    case FLAGGED -> log(live, u, "flagged", null, "true", at, true);
                }
            } else if (e instanceof TestimonyEntry t) {
                log(live, u, "set_answer_testimony", value("answer_testimony"), t.text(), at, false);
                log(live, u, "testimony", null, t.text(), at, true);
                set("answer_testimony", t.text(), u, at);
            } else if (e instanceof SetEntry s) {
                String v = "None".equals(s.newValue()) ? null : s.newValue();
                log(heal, u, s.logAction(), s.oldValue(), v, at, false);
                set(s.name(), v, u, at);
            } else if (e instanceof RemovedEntry r) {
                log(heal, u, r.logAction(), r.oldValue(), null, at, false);
                remove(r.name(), at);
            } else if (e instanceof OtherEntry o) {
                log(heal, u, o.action(), null, o.extra(), at, false);
            }
        }

        private String value(String name) {
            Current c = current.get(name);
            return c == null ? null : c.value;
        }

        private void set(String name, String value, String user, LocalDateTime at) {
            lastChange.put(name, at);
            Current c = current.get(name);
            if (c == null) {
                current.put(name, new Current(value, user, at));
            } else if (!Precision.sameValue(name, c.value, value)
                    || (value != null && c.value != null && value.length() > c.value.length())) {
                c.value = value; // same at precision: keep the more precise text (an exact answer_date)
            }
        }

        private void remove(String name, LocalDateTime at) {
            lastChange.put(name, at);
            current.remove(name);
        }

        private void log(Map<LogKey, List<Log>> source, String user, String action, String oldValue,
                         String newValue, LocalDateTime at, boolean withFilePath) {
            LogKey key = LogKey.of(prayerId, user, action, oldValue, newValue, at);
            order.add(key);
            source.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Log(user, action, oldValue, newValue, at, withFilePath));
        }

        PrayerActivityPlan build(boolean flagged) {
            List<Log> logs = new ArrayList<>();
            Map<LogKey, Integer> counts = new HashMap<>();
            for (LogKey key : order) {
                List<Log> fromLive = live.getOrDefault(key, List.of());
                List<Log> fromHeal = heal.getOrDefault(key, List.of());
                // heal lines carry exact values (answer_date with seconds): prefer them when they count as many
                List<Log> chosen = fromHeal.size() >= fromLive.size() ? fromHeal : fromLive;
                logs.addAll(chosen);
                counts.put(key, chosen.size());
            }
            logs.sort(java.util.Comparator.comparing(Log::minute));
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, LocalDateTime> e : lastChange.entrySet()) {
                Current c = current.get(e.getKey());
                attributes.put(e.getKey(), c == null
                        ? new Attribute(e.getKey(), false, null, null, null, e.getValue())
                        : new Attribute(e.getKey(), true, c.value, c.createdBy, c.createdAt, e.getValue()));
            }
            return new PrayerActivityPlan(List.copyOf(marks), List.copyOf(logs), counts, attributes, flagged,
                    Set.copyOf(users));
        }
    }
}
