package org.thywill.archive.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.prayer.RemovedEntry;
import org.thywill.archive.format.prayer.SetEntry;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.heal.PrayerCoverage;

/** The merge of a prayer's activity copies: every line kept, per line the larger count, the copies' rows kept. */
class ActivityMergeTest {

    static final LocalDateTime T1 = LocalDateTime.of(2024, 5, 24, 0, 34);
    static final LocalDateTime T2 = T1.plusHours(1);
    static final LocalDateTime T3 = T1.plusHours(2);

    static StandardEntry line(LocalDateTime at, String user, StandardAction action) {
        return new StandardEntry(at, user, action);
    }

    @Test
    void aCopysLiveLinesGoBeforeAnotherCopysHealLinesOfTheSameMinute() {
        List<TimedEntry> healCopy = List.of(new SetEntry(T1, "Mary", "answered", null, "true"),
                new SetEntry(T1, "Mary", "answer_date", null, "2024-05-24T00:34:09.303263"));
        List<TimedEntry> liveCopy = List.of(line(T1, "Mary", StandardAction.ANSWERED));

        List<TimedEntry> merged = ActivityMerge.merge(List.of(healCopy, liveCopy)).orElseThrow();

        // heal lines first would make the live line stand for set_answered from 'true' to 'true': another row
        assertThat(merged).containsExactly(liveCopy.get(0), healCopy.get(0), healCopy.get(1));
        assertSameRows(merged, healCopy, liveCopy);
    }

    @Test
    void theOriginalHealsTestimonyCopyMergesWithTheLiveFileAsBothImport() {
        String text = "She is recovering well.\nThe doctors are amazed.";
        List<TimedEntry> healCopy = List.of(new SetEntry(T1, "Mary", "answered", null, "true"),
                new SetEntry(T1, "Mary", "answer_date", null, "2024-05-24T00:34:09.303263"),
                new SetEntry(T1, "Mary", "answer_testimony", null, text),
                new TestimonyEntry(T1, "Mary", text, false));
        List<TimedEntry> liveCopy = List.of(line(T1, "Mary", StandardAction.ANSWERED),
                new TestimonyEntry(T1, "Mary", text, false));

        List<TimedEntry> merged = ActivityMerge.merge(List.of(healCopy, liveCopy)).orElseThrow();

        assertThat(merged).hasSize(5).containsAll(healCopy).containsAll(liveCopy);
        assertSameRows(merged, healCopy, liveCopy);
    }

    @Test
    void aLineInSeveralCopiesIsThereAsOftenAsInTheCopyHoldingItMost() {
        TimedEntry pat = line(T1, "Pat", StandardAction.PRAYED);
        TimedEntry joy = line(T1, "Joy at Dawn", StandardAction.PRAYED);
        List<TimedEntry> a = List.of(pat, pat, joy);
        List<TimedEntry> b = List.of(pat, joy, joy);
        List<TimedEntry> c = List.of(joy, pat);

        List<TimedEntry> merged = ActivityMerge.merge(List.of(a, b, c)).orElseThrow();

        assertThat(merged).containsExactlyInAnyOrder(pat, pat, joy, joy);
        assertSameRows(merged, a, b, c);
    }

    @Test
    void linesOfAMinuteInOtherOrdersAreNotDuplicated() {
        TimedEntry pat = line(T1, "Pat", StandardAction.PRAYED);
        TimedEntry joy = line(T1, "Joy", StandardAction.PRAYED);

        List<TimedEntry> merged = ActivityMerge.merge(List.of(List.of(pat, joy), List.of(joy, pat))).orElseThrow();

        assertThat(merged).containsExactly(pat, joy);
    }

    @Test
    void theResultIsChronologicalWhateverTheCopiesOrder() {
        TimedEntry late = line(T3, "Pat", StandardAction.PRAYED);
        TimedEntry early = line(T1, "Mary", StandardAction.PRAYED);
        TimedEntry middle = line(T2, "Joy", StandardAction.PRAYED);

        List<TimedEntry> merged = ActivityMerge.merge(List.of(List.of(late, early), List.of(middle))).orElseThrow();

        assertThat(merged).containsExactly(early, middle, late);
    }

    @Test
    void copiesTellingHistoriesThatDisagreeHaveNoMerge() {
        List<TimedEntry> restored = List.of(line(T1, "Pat", StandardAction.ARCHIVED),
                line(T2, "Pat", StandardAction.RESTORED));
        List<TimedEntry> archivedAgain = List.of(line(T1, "Pat", StandardAction.ARCHIVED),
                line(T3, "Pat", StandardAction.ARCHIVED));

        // merged, the second archive line would follow a restore and stand for another row than it does alone
        assertThat(ActivityMerge.merge(List.of(restored, archivedAgain))).isEqualTo(Optional.empty());
    }

    @Test
    void healRemovedLinesMergeWithTheLiveRestore() {
        List<TimedEntry> live = List.of(line(T1, "Pat", StandardAction.ARCHIVED), line(T2, "Pat", StandardAction.RESTORED));
        List<TimedEntry> heal = List.of(new SetEntry(T1, "Pat", "archived", null, "true"),
                new RemovedEntry(T2, "Pat", "archived", "true"));

        List<TimedEntry> merged = ActivityMerge.merge(List.of(heal, live)).orElseThrow();

        assertThat(merged).hasSize(4);
        assertSameRows(merged, heal, live);
    }

    @SafeVarargs
    private static void assertSameRows(List<TimedEntry> merged, List<TimedEntry>... copies) {
        PrayerCoverage union = PrayerCoverage.empty();
        for (List<TimedEntry> c : copies) {
            union = union.union(PrayerCoverage.of(c));
        }
        PrayerCoverage rows = PrayerCoverage.of(merged);
        assertThat(rows.covers(union) && union.covers(rows)).as("the merged lines stand for the copies' rows").isTrue();
    }
}
