package org.thywill.archive.format.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code activity/activity_YYYY_MM.txt} (reference §2.3), line by line in file order. Nothing is
 * re-sorted: the original adds a day heading only when that day's heading is not already in the file,
 * so an entry appended late for an earlier day sits under whichever heading is last.
 *
 * @param lines           every line, in order
 * @param endsWithNewline whether the text ends with {@code \n} (the original's files always do)
 */
public record ActivityFile(List<ActivityLine> lines, boolean endsWithNewline) {

    public ActivityFile {
        lines = List.copyOf(lines);
    }

    /**
     * The file the original's appends produce when the days come in order: header, blank line, then per
     * day a blank line, its heading and its entries (so two blank lines precede the first day).
     */
    public static ActivityFile of(YearMonth month, List<ActivityDay> days) {
        List<ActivityLine> lines = new ArrayList<>();
        lines.add(ActivityLine.Header.of(month));
        lines.add(new ActivityLine.Blank());
        for (ActivityDay day : days) {
            lines.add(new ActivityLine.Blank());
            lines.add(ActivityLine.DayHeading.of(day.date()));
            for (ActivityEntry e : day.entries()) {
                lines.add(ActivityLine.Entry.of(e));
            }
        }
        return new ActivityFile(lines, true);
    }

    /** The month named by the header on line 1, if there is one. Day headings may name other months. */
    public Optional<YearMonth> month() {
        return !lines.isEmpty() && lines.get(0) instanceof ActivityLine.Header h
                ? Optional.of(h.month()) : Optional.empty();
    }

    /**
     * Each day heading with the entries under it, in file order; a heading that appears twice gives two
     * days. Entries above the first heading belong to no day (the reader reports them).
     */
    public List<ActivityDay> days() {
        List<ActivityDay> days = new ArrayList<>();
        LocalDate date = null;
        List<ActivityEntry> entries = new ArrayList<>();
        for (ActivityLine line : lines) {
            if (line instanceof ActivityLine.DayHeading h) {
                if (date != null) {
                    days.add(new ActivityDay(date, entries));
                }
                date = h.day();
                entries = new ArrayList<>();
            } else if (line instanceof ActivityLine.Entry e && date != null) {
                entries.add(e.entry());
            }
        }
        if (date != null) {
            days.add(new ActivityDay(date, entries));
        }
        return days;
    }

    /** Every entry in file order, including any above the first day heading. */
    public List<ActivityEntry> entries() {
        return lines.stream()
                .filter(ActivityLine.Entry.class::isInstance)
                .map(l -> ((ActivityLine.Entry) l).entry())
                .toList();
    }

    /**
     * The original's test before an append: the day needs a heading unless the text contains
     * {@code \n<DAY>\n} or ends with {@code <DAY>\n}.
     */
    public boolean needsDayHeading(LocalDate day) {
        String heading = ActivityFileWriter.dayHeading(day);
        for (int i = 0; i < lines.size(); i++) {
            boolean terminated = i < lines.size() - 1 || endsWithNewline;
            String text = lines.get(i).text();
            if (terminated && (i > 0 && text.equals(heading) || i == lines.size() - 1 && text.endsWith(heading))) {
                return false;
            }
        }
        return true;
    }

    /**
     * This file after the original's append of {@code entry} on {@code day}: a blank line and the day
     * heading first when {@link #needsDayHeading} says so, then the entry. The text to append is
     * {@link ActivityFileWriter#appendText}.
     */
    public ActivityFile append(LocalDate day, ActivityEntry entry) {
        List<ActivityLine> more = new ArrayList<>(lines);
        if (needsDayHeading(day)) {
            more.add(new ActivityLine.Blank());
            more.add(ActivityLine.DayHeading.of(day));
        }
        more.add(ActivityLine.Entry.of(entry));
        return new ActivityFile(more, true);
    }
}
