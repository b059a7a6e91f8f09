package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.prayer.OtherEntry;
import org.thywill.archive.format.prayer.RemovedEntry;
import org.thywill.archive.format.prayer.SetEntry;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;

/** Rows → activity lines: live phrasings where a line stands for exactly those rows, set/removed otherwise. */
class PrayerActivityLinesTest {

    private static final String P = "p1";
    private static final LocalDateTime T = LocalDateTime.of(2025, 7, 7, 9, 20, 32, 142_000_000);

    @TempDir
    Path dir;

    @Test
    void liveEventsBecomeOneLiveLineEach() {
        List<PrayerMarkRow> marks = List.of(new PrayerMarkRow("m", "Pat", P, T.minusHours(1), null));
        List<PrayerActivityLogRow> logs = List.of(
                log("prayed", null, "true", T.minusHours(1), "Pat"),
                log("set_answered", null, "true", T, "Mary Ann"),
                log("set_answer_date", null, "2025-07-07T09:20:32.142584", T.plusNanos(1000), "Mary Ann"),
                log("set_answer_testimony", null, "God is good", T.plusNanos(2000), "Mary Ann"),
                log("testimony", null, "God is good", T.plusNanos(3000), "Mary Ann"),
                log("set_archived", null, "true", T.plusDays(1), "Mary Ann"),
                log("remove_archived", "true", null, T.plusDays(2), "Mary Ann"));
        PrayerActivityLines.Result r = PrayerActivityLines.of(P, marks, logs, List.of());
        assertThat(r.entries()).containsExactly(
                new StandardEntry(T.minusHours(1), "Pat", StandardAction.PRAYED),
                new StandardEntry(T, "Mary Ann", StandardAction.ANSWERED),
                TestimonyEntry.of(T, "Mary Ann", "God is good"),
                new StandardEntry(T.plusDays(1), "Mary Ann", StandardAction.ARCHIVED),
                new StandardEntry(T.plusDays(2), "Mary Ann", StandardAction.RESTORED));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void whatHasNoLivePhrasingFallsBackToSetAndRemovedLines() {
        List<PrayerActivityLogRow> logs = List.of(
                log("set_daily_priority", null, "2025-07-09", T, "admin"),
                log("set_daily_priority", "2025-07-09", "2025-07-10", T.plusDays(1), "admin"),
                log("remove_daily_priority", "2025-07-10", null, T.plusDays(2), "admin"),
                log("unknown", null, "true", T.plusDays(3), "admin"));
        List<PrayerAttributeRow> attributes = List.of(
                new PrayerAttributeRow("a", P, "flagged", "true", T.plusDays(4), null, null));
        PrayerActivityLines.Result r = PrayerActivityLines.of(P, List.of(), logs, attributes);
        assertThat(r.entries()).containsExactly(
                new SetEntry(T, "admin", "daily_priority", null, "2025-07-09"),
                new SetEntry(T.plusDays(1), "admin", "daily_priority", "2025-07-09", "2025-07-10"),
                new RemovedEntry(T.plusDays(2), "admin", "daily_priority", "2025-07-10"),
                new OtherEntry(T.plusDays(3), "admin", "unknown", "true"),
                new SetEntry(T.plusDays(4), "system", "flagged", null, "true"));
        assertThat(r.notes()).singleElement().asString().contains("attribute flagged = 'true' is not explained");
    }

    @Test
    void anAnswerWhoseDateIsInAnotherMinuteKeepsItsExactValuesInSetLines() {
        List<PrayerActivityLogRow> logs = List.of(
                log("set_answered", null, "true", T, "Pat"),
                log("set_answer_date", null, "2025-07-07T09:19:59.999999", T.plusNanos(1000), "Pat"));
        PrayerActivityLines.Result r = PrayerActivityLines.of(P, List.of(), logs, List.of());
        assertThat(r.entries()).containsExactly(
                new SetEntry(T, "Pat", "answered", null, "true"),
                new SetEntry(T, "Pat", "answer_date", null, "2025-07-07T09:19:59.999999"));
    }

    @Test
    void aStoredPathOutsideTheRootIsRefused() {
        ArchiveRoot root = new ArchiveRoot(dir);
        assertThat(root.resolveStored("../../etc/passwd").refusal()).contains("leads outside the archive root");
        assertThat(root.resolveStored("/etc/passwd").refusal()).contains("is an absolute path");
        assertThat(root.resolveStored("text_archives/prayers/2024/01/x.txt").relative())
                .isEqualTo("prayers/2024/01/x.txt");
    }

    private static PrayerActivityLogRow log(String action, String old, String now, LocalDateTime at, String user) {
        return new PrayerActivityLogRow(action + at, P, user, action, old, now, at, null);
    }
}
