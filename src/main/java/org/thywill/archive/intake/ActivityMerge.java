package org.thywill.archive.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.activity.ActivityEntry;
import org.thywill.archive.format.activity.ActivityFile;
import org.thywill.archive.format.activity.ActivityFileReader;
import org.thywill.archive.format.activity.ActivityFileWriter;
import org.thywill.archive.format.activity.ActivityLine;

/**
 * Merges a monthly site activity file ({@code activity/activity_YYYY_MM.txt}): the staged entries the tree
 * lacks (a multiset of entries per day) are added under the right day heading. An entry for a day the tree has
 * goes after the last entry under that day's (last) heading; a day the tree lacks gets its own block — blank
 * line, heading, entries — before the first later day's heading, or at the end. Unlike the original's appends,
 * an entry never lands under another day's heading. Both files must read cleanly; the result must too.
 */
final class ActivityMerge {

    private ActivityMerge() {
    }

    private record Dated(LocalDate day, ActivityEntry entry) {
    }

    static TextMerge merge(String treeText, ActivityFile staged) {
        Parsed<ActivityFile> tree = new ActivityFileReader().read(treeText);
        if (!tree.isClean()) {
            return new TextMerge.Refused("the tree's file does not read cleanly (" + Diagnostics.first(tree.diagnostics())
                    + "); not merged");
        }
        Map<Dated, Integer> have = new HashMap<>();
        for (Dated d : dated(tree.value())) {
            have.merge(d, 1, Integer::sum);
        }
        Map<LocalDate, List<ActivityLine>> missing = new LinkedHashMap<>();
        int added = 0;
        LocalDate day = null;
        for (ActivityLine line : staged.lines()) {
            if (line instanceof ActivityLine.DayHeading h) {
                day = h.day();
            } else if (line instanceof ActivityLine.Entry e && day != null) {
                Dated d = new Dated(day, e.entry());
                Integer n = have.get(d);
                if (n != null && n > 0) {
                    have.put(d, n - 1);
                } else {
                    missing.computeIfAbsent(day, k -> new ArrayList<>()).add(e);
                    added++;
                }
            }
        }
        if (added == 0) {
            return new TextMerge.NothingNew();
        }
        List<ActivityLine> lines = new ArrayList<>(tree.value().lines());
        missing.forEach((date, entries) -> insert(lines, date, entries));
        String merged = new ActivityFileWriter().write(new ActivityFile(lines, true));
        Parsed<ActivityFile> back = new ActivityFileReader().read(merged);
        if (!back.isClean()) {
            return new TextMerge.Refused("the merged file would not read cleanly (" + Diagnostics.first(back.diagnostics())
                    + "); the tree's file is kept");
        }
        return new TextMerge.Merged(merged, added);
    }

    private static void insert(List<ActivityLine> lines, LocalDate date, List<ActivityLine> entries) {
        int heading = -1;
        int later = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof ActivityLine.DayHeading h) {
                if (h.day().equals(date)) {
                    heading = i;
                } else if (later < 0 && h.day().isAfter(date)) {
                    later = i;
                }
            }
        }
        if (heading >= 0) {
            int at = heading + 1;
            for (int j = heading + 1; j < lines.size() && !(lines.get(j) instanceof ActivityLine.DayHeading); j++) {
                if (lines.get(j) instanceof ActivityLine.Entry) {
                    at = j + 1;
                }
            }
            lines.addAll(at, entries);
            return;
        }
        List<ActivityLine> block = new ArrayList<>();
        if (later >= 0) {
            block.add(ActivityLine.DayHeading.of(date));
            block.addAll(entries);
            block.add(new ActivityLine.Blank());
            lines.addAll(later, block);
        } else {
            block.add(new ActivityLine.Blank());
            block.add(ActivityLine.DayHeading.of(date));
            block.addAll(entries);
            lines.addAll(block);
        }
    }

    private static List<Dated> dated(ActivityFile file) {
        List<Dated> out = new ArrayList<>();
        LocalDate day = null;
        for (ActivityLine line : file.lines()) {
            if (line instanceof ActivityLine.DayHeading h) {
                day = h.day();
            } else if (line instanceof ActivityLine.Entry e && day != null) {
                out.add(new Dated(day, e.entry()));
            }
        }
        return out;
    }
}
