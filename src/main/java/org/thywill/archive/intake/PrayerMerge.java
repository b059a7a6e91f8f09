package org.thywill.archive.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;

/**
 * Merges two files of the SAME prayer: the staged activity entries the tree file lacks (a multiset of entries,
 * so a mark made twice in one minute stays twice, and a line written with a lenient timestamp matches its
 * canonical twin) are appended at the end of the tree file's activity section, in the staged order; the tree's
 * lines and their order are kept. Header, request text and generated prayer must agree; both files and the
 * result must read cleanly.
 */
final class PrayerMerge {

    private PrayerMerge() {
    }

    static TextMerge merge(String treeText, PrayerFile staged) {
        Parsed<PrayerFile> parsedTree = new PrayerFileReader().read(treeText);
        if (!parsedTree.isClean()) {
            return new TextMerge.Refused("the tree's file does not read cleanly ("
                    + Diagnostics.first(parsedTree.diagnostics()) + "); not merged");
        }
        PrayerFile tree = parsedTree.value();
        if (!tree.header().id().equals(staged.header().id())) {
            return new TextMerge.Refused("the tree's file holds prayer " + tree.header().id() + ", not "
                    + staged.header().id());
        }
        if (!tree.header().equals(staged.header()) || !tree.requestText().equals(staged.requestText())
                || !Objects.equals(tree.generatedPrayer(), staged.generatedPrayer())) {
            return new TextMerge.Refused("the tree's file of prayer " + tree.header().id() + " has a different "
                    + differingPart(tree, staged) + "; the tree's file is kept, not merged");
        }
        Map<ActivityEntry, Integer> have = new HashMap<>();
        for (ActivityEntry e : tree.activity()) {
            have.merge(e, 1, Integer::sum);
        }
        List<ActivityEntry> missing = new ArrayList<>();
        for (ActivityEntry e : staged.activity()) {
            Integer n = have.get(e);
            if (n != null && n > 0) {
                have.put(e, n - 1);
            } else {
                missing.add(e);
            }
        }
        if (missing.isEmpty()) {
            return new TextMerge.NothingNew();
        }
        StringBuilder sb = new StringBuilder(treeText);
        try {
            for (ActivityEntry e : missing) {
                sb.append(PrayerFileWriter.activityLine(e));
            }
        } catch (IllegalArgumentException e) {
            return new TextMerge.Refused("an activity line cannot be written back exactly (" + e.getMessage()
                    + "); the tree's file is kept");
        }
        String merged = sb.toString();
        Parsed<PrayerFile> back = new PrayerFileReader().read(merged);
        List<ActivityEntry> expected = new ArrayList<>(tree.activity());
        expected.addAll(missing);
        if (!back.isClean() || !back.value().activity().equals(expected)) {
            return new TextMerge.Refused("the merged file would not read back as the tree's activity plus the"
                    + " missing entries" + (back.isClean() ? "" : " (" + Diagnostics.first(back.diagnostics()) + ")")
                    + "; the tree's file is kept");
        }
        return new TextMerge.Merged(merged, missing.size());
    }

    private static String differingPart(PrayerFile tree, PrayerFile staged) {
        if (!tree.header().equals(staged.header())) {
            return "header";
        }
        return tree.requestText().equals(staged.requestText()) ? "generated prayer" : "request text";
    }
}
