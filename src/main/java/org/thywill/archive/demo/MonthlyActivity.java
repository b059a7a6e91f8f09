package org.thywill.archive.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thywill.archive.format.activity.ActivityDay;
import org.thywill.archive.format.activity.ActivityEntry;
import org.thywill.archive.format.activity.ActivityFile;
import org.thywill.archive.format.activity.ActivityFileWriter;

/**
 * The {@code activity/activity_YYYY_MM.txt} files: entries are collected per month and each month's file is
 * written once, as the original's appends leave it (entries in the order they happened, a day heading before
 * each new day), as soon as no later event can fall into it. Only the few months still open are in memory.
 */
final class MonthlyActivity {

    private final ArchiveTree tree;
    private final Map<YearMonth, List<TimedActivity>> open = new TreeMap<>();
    private long entries;

    MonthlyActivity(ArchiveTree tree) {
        this.tree = tree;
    }

    void add(LocalDateTime at, ActivityEntry entry) {
        add(new TimedActivity(at, entry));
    }

    void add(TimedActivity activity) {
        open.computeIfAbsent(YearMonth.from(activity.at()), m -> new ArrayList<>()).add(activity);
        entries++;
    }

    /** Writes every month before {@code month}: the caller will add nothing earlier than it any more. */
    void writeMonthsBefore(YearMonth month) throws IOException {
        var it = open.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<YearMonth, List<TimedActivity>> m = it.next();
            if (!m.getKey().isBefore(month)) {
                return;
            }
            write(m.getKey(), m.getValue());
            it.remove();
        }
    }

    void writeAll() throws IOException {
        for (Map.Entry<YearMonth, List<TimedActivity>> m : open.entrySet()) {
            write(m.getKey(), m.getValue());
        }
        open.clear();
    }

    /** How many entries were added. */
    long entries() {
        return entries;
    }

    /** Queues the month's file; it is sorted and rendered on the tree's writer thread (the list is handed over). */
    private void write(YearMonth month, List<TimedActivity> items) throws IOException {
        tree.write(ArchivePaths.activity(month), () -> render(month, items));
    }

    private static String render(YearMonth month, List<TimedActivity> items) {
        items.sort(Comparator.comparing(TimedActivity::at));
        List<ActivityDay> days = new ArrayList<>();
        LocalDate day = null;
        List<ActivityEntry> dayEntries = new ArrayList<>();
        for (TimedActivity a : items) {
            LocalDate d = a.at().toLocalDate();
            if (!d.equals(day)) {
                if (day != null) {
                    days.add(new ActivityDay(day, dayEntries));
                }
                day = d;
                dayEntries = new ArrayList<>();
            }
            dayEntries.add(a.entry());
        }
        if (day != null) {
            days.add(new ActivityDay(day, dayEntries));
        }
        return new ActivityFileWriter().write(ActivityFile.of(month, days));
    }
}
