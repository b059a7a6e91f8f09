package org.thywill.archive.format.prayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrayerReplayTest {

    private static final LocalDateTime T = LocalDateTime.of(2025, 7, 7, 9, 20);

    private static StandardEntry std(int plusMinutes, StandardAction a) {
        return new StandardEntry(T.plusMinutes(plusMinutes), "Mary Ann", a);
    }

    private static SetEntry set(int plusMinutes, String name, String value) {
        return new SetEntry(T.plusMinutes(plusMinutes), "admin", name, null, value);
    }

    private static RemovedEntry removed(int plusMinutes, String name, String old) {
        return new RemovedEntry(T.plusMinutes(plusMinutes), "admin", name, old);
    }

    @Test
    void nothingHappenedIsTheInitialState() {
        assertThat(PrayerReplay.replay(List.of(std(0, StandardAction.PRAYED), new UnrecognisedLine("??"))))
                .isEqualTo(PrayerState.INITIAL);
    }

    @Test
    void liveAnswerWithTestimony() {
        PrayerState s = PrayerReplay.replay(List.of(std(0, StandardAction.ANSWERED),
                TestimonyEntry.of(T, "Mary Ann", "She is home.\nPraise God.")));

        assertThat(s).isEqualTo(new PrayerState(true, T, "She is home.\nPraise God.", false, false, null));
    }

    @Test
    void restoredClearsArchivedAndLaterArchiveSetsItAgain() {
        assertThat(PrayerReplay.replay(List.of(std(0, StandardAction.ARCHIVED), std(1, StandardAction.RESTORED))).archived())
                .isFalse();
        assertThat(PrayerReplay.replay(List.of(std(0, StandardAction.ARCHIVED), std(1, StandardAction.RESTORED),
                std(2, StandardAction.ARCHIVED))).archived()).isTrue();
    }

    @Test
    void replayIsChronologicalNotFileOrder() {
        // the restore was appended before an older archive line (B15): the later event wins
        PrayerState s = PrayerReplay.replay(List.of(std(5, StandardAction.RESTORED), std(1, StandardAction.ARCHIVED)));
        assertThat(s.archived()).isFalse();
    }

    @Test
    void healPhrasingsSetAndClearEveryAttribute() {
        PrayerState s = PrayerReplay.replay(List.of(
                set(0, "answered", "true"),
                set(0, "answer_date", "2025-07-07T09:20:32.142584"),
                set(0, "answer_testimony", "God is good: she's home"),
                set(1, "archived", "true"),
                set(2, "daily_priority", "2025-07-09"),
                new SetEntry(T.plusMinutes(3), "admin", "daily_priority", "2025-07-09", "2025-07-10"),
                set(4, "flagged", "true")));

        assertThat(s).isEqualTo(new PrayerState(true, LocalDateTime.of(2025, 7, 7, 9, 20, 32, 142_584_000),
                "God is good: she's home", true, true, "2025-07-10"));

        PrayerState cleared = PrayerReplay.replay(List.of(
                set(0, "answered", "true"), set(0, "answer_date", "2025-07-07T09:20:32"), set(0, "answer_testimony", "x"),
                set(1, "archived", "true"), set(1, "flagged", "true"), set(1, "daily_priority", "2025-07-09"),
                removed(2, "answered", "true"), removed(2, "answer_date", "2025-07-07T09:20:32"),
                removed(2, "answer_testimony", "x"), removed(2, "archived", "true"), removed(2, "flagged", "true"),
                removed(2, "daily_priority", "2025-07-09")));
        assertThat(cleared).isEqualTo(PrayerState.INITIAL);
    }

    @Test
    void setArchivedFalseClearsIt() {
        assertThat(PrayerReplay.replay(List.of(set(0, "archived", "true"), set(1, "archived", "False"))).archived()).isFalse();
    }

    @Test
    void answeredLineKeepsAnExactAnswerDateOfTheSameMinute() {
        PrayerState s = PrayerReplay.replay(List.of(set(0, "answer_date", "2025-07-07T09:20:32.142584"),
                std(0, StandardAction.ANSWERED)));
        assertThat(s.answeredAt()).isEqualTo(LocalDateTime.of(2025, 7, 7, 9, 20, 32, 142_584_000));

        PrayerState later = PrayerReplay.replay(List.of(set(0, "answer_date", "2025-07-07T09:20:32.142584"),
                std(60, StandardAction.ANSWERED)));
        assertThat(later.answeredAt()).isEqualTo(T.plusMinutes(60));
    }

    @Test
    void unparsableAnswerDateLeavesTheKnownOne() {
        PrayerState s = PrayerReplay.replay(List.of(std(0, StandardAction.ANSWERED), set(1, "answer_date", "None")));
        assertThat(s.answeredAt()).isEqualTo(T);
    }

    @Test
    void flaggedLineFlags() {
        assertThat(PrayerReplay.replay(List.of(std(0, StandardAction.FLAGGED))).flagged()).isTrue();
    }

    @Test
    void otherActionsChangeNothing() {
        assertThat(PrayerReplay.replay(List.of(new OtherEntry(T, "admin", "unknown", null),
                new OtherEntry(T, "admin", "archived", "true")))).isEqualTo(PrayerState.INITIAL);
    }
}
