package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.ArchiveTime;

/**
 * Replays a prayer's activity, in chronological order (same-minute entries in file order), into its final
 * {@link PrayerState}; this fixes B11, where a restored prayer imported as archived and the heal phrasings
 * were ignored.
 * <ul>
 *   <li>{@code marked this prayer as answered}: answered, answered at that minute (an exact
 *       {@code answer_date} already known for the same minute is kept);</li>
 *   <li>{@code added testimony}: the testimony text;</li>
 *   <li>{@code archived this prayer} / {@code restored this prayer}: archived / not archived;</li>
 *   <li>{@code flagged this prayer}: flagged;</li>
 *   <li>{@code set <name> [from '…'] to '<v>'} for {@code answered}, {@code archived}, {@code flagged}:
 *       {@code true} iff {@code v} is {@code true} (any case); {@code answer_date}: {@code v} as an ISO
 *       date-time (left unchanged if it is not one); {@code answer_testimony}, {@code daily_priority}:
 *       {@code v};</li>
 *   <li>{@code removed <name> (was '…')}: that value cleared ({@code false} or {@code null});</li>
 *   <li>prayed lines, other actions and unrecognised lines change nothing.</li>
 * </ul>
 */
public final class PrayerReplay {

    private PrayerReplay() {
    }

    public static PrayerState replay(List<? extends ActivityEntry> entries) {
        State s = new State();
        for (TimedEntry e : PrayerFile.chronological(entries)) {
            if (e instanceof StandardEntry std) {
                apply(s, std);
            } else if (e instanceof TestimonyEntry t) {
                s.testimony = t.text();
            } else if (e instanceof SetEntry set) {
                set(s, set.name(), set.newValue());
            } else if (e instanceof RemovedEntry r) {
                set(s, r.name(), null);
            }
        }
        return new PrayerState(s.answered, s.answeredAt, s.testimony, s.archived, s.flagged, s.dailyPriority);
    }

    private static void apply(State s, StandardEntry e) {
        switch (e.action()) {
            case ANSWERED -> {
                s.answered = true;
                if (s.answeredAt == null || !ArchiveTime.toMinute(s.answeredAt).equals(e.at())) {
                    s.answeredAt = e.at();
                }
            }
            case ARCHIVED -> s.archived = true;
            case RESTORED -> s.archived = false;
            case FLAGGED -> s.flagged = true;
            case PRAYED -> {
            }
        }
    }

    /** Applies {@code set_<name>} with {@code value}, or {@code remove_<name>} when {@code value} is null. */
    private static void set(State s, String name, String value) {
        boolean on = value != null && value.equalsIgnoreCase("true");
        switch (name) {
            case "answered" -> s.answered = on;
            case "archived" -> s.archived = on;
            case "flagged" -> s.flagged = on;
            case "answer_testimony" -> s.testimony = value;
            case "daily_priority" -> s.dailyPriority = value;
            case "answer_date" -> {
                if (value == null) {
                    s.answeredAt = null;
                } else {
                    Optional<LocalDateTime> at = ArchiveTime.parseIsoLocal(value);
                    if (at.isPresent()) {
                        s.answeredAt = at.get();
                    }
                }
            }
            default -> {
            }
        }
    }

    private static final class State {
        boolean answered;
        LocalDateTime answeredAt;
        String testimony;
        boolean archived;
        boolean flagged;
        String dailyPriority;
    }
}
