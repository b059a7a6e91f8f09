package org.thywill.archive.format.prayer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One prayer file {@code prayers/YYYY/MM/YYYY_MM_DD_prayer_at_HHMM[_N].txt}.
 *
 * @param header          the header block; {@code null} for a headerless file (activity appended to a missing
 *                        file, reference B16)
 * @param requestText     the request text exactly as written; {@code null} only for a headerless file
 * @param generatedPrayer the generated prayer exactly as written; {@code null} when there is none (an empty
 *                        one is not written, so it is {@code null} too)
 * @param activity        the activity section in file order (not chronological: offline marks are appended
 *                        late, B15); see {@link #chronologicalActivity()}
 */
public record PrayerFile(PrayerHeader header, String requestText, String generatedPrayer,
                         List<ActivityEntry> activity) {

    public PrayerFile {
        if (header == null) {
            if (requestText != null || generatedPrayer != null) {
                throw new IllegalArgumentException("a headerless prayer file has no request text or generated prayer");
            }
        } else {
            Objects.requireNonNull(requestText, "requestText");
        }
        generatedPrayer = generatedPrayer == null || generatedPrayer.isEmpty() ? null : generatedPrayer;
        activity = List.copyOf(activity);
    }

    /** A new prayer's file, as the live app creates it: no activity yet. */
    public static PrayerFile created(PrayerHeader header, String requestText, String generatedPrayer) {
        return new PrayerFile(header, requestText, generatedPrayer, List.of());
    }

    /** A file holding only activity lines, as appending to a missing file leaves it. */
    public static PrayerFile headerless(List<ActivityEntry> activity) {
        return new PrayerFile(null, null, null, activity);
    }

    public boolean hasHeader() {
        return header != null;
    }

    /** This file with {@code entry} appended to its activity section. */
    public PrayerFile appending(ActivityEntry entry) {
        List<ActivityEntry> all = new ArrayList<>(activity);
        all.add(entry);
        return new PrayerFile(header, requestText, generatedPrayer, all);
    }

    /** The understood activities in chronological order; entries of the same minute keep their file order. */
    public List<TimedEntry> chronologicalActivity() {
        return chronological(activity);
    }

    /**
     * The understood entries of {@code entries} sorted by timestamp, stably (same-minute entries keep their
     * order). {@link UnrecognisedLine}s carry no time and are left out; the reader has reported them.
     */
    public static List<TimedEntry> chronological(List<? extends ActivityEntry> entries) {
        List<TimedEntry> timed = new ArrayList<>();
        for (ActivityEntry e : entries) {
            if (e instanceof TimedEntry t) {
                timed.add(t);
            }
        }
        timed.sort(Comparator.comparing(TimedEntry::at));
        return timed;
    }
}
