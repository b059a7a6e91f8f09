package org.thywill.archive.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;

/**
 * repair-archives on a prayer the original's heal split across {@code _2}/{@code _3} files (B35), on a copy of the
 * tiny sample: real files, real SQLite.
 */
class SplitPrayerRepairTest {

    static final String ID = "85b2fa6422eb4035bc4924403015b91a";
    static final String PLAIN = "prayers/2024/08/2024_08_25_prayer_at_1947.txt";
    static final String SECOND = "prayers/2024/08/2024_08_25_prayer_at_1947_2.txt";
    static final String THIRD = "prayers/2024/08/2024_08_25_prayer_at_1947_3.txt";

    @TempDir
    Path dir;

    /**
     * The sample's file (live lines) stays; the original heal wrote {@code _2} from the rows in its set/removed
     * phrasing and pointed the prayer at it, the live app then appended to {@code _2} (an offline mark late, B15, and
     * two marks in one minute); a second heal wrote {@code _3} (one of those two marks only) and pointed at it, and
     * the live app appended an archive line to {@code _3}.
     */
    static void split(RepairFixture f) {
        String head = f.read(PLAIN).substring(0, f.read(PLAIN).indexOf("Activity:\n") + "Activity:\n".length());
        f.write(SECOND, head
                + "August 25 2024 at 21:23 - admin prayed this prayer\n"
                + "August 26 2024 at 11:55 - Mary prayed this prayer\n"
                + "August 27 2024 at 12:39 - Pat set answered to 'true'\n"
                + "August 27 2024 at 12:39 - Pat set answer_date to '2024-08-27T12:39:58.119286'\n"
                + "September 01 2024 at 10:00 - admin prayed this prayer\n"
                + "September 01 2024 at 10:00 - admin prayed this prayer\n"
                + "August 30 2024 at 07:15 - Mary prayed this prayer\n");
        f.write(THIRD, head
                + "August 25 2024 at 21:23 - admin prayed this prayer\n"
                + "August 26 2024 at 11:55 - Mary prayed this prayer\n"
                + "August 27 2024 at 12:39 - Pat set answered to 'true'\n"
                + "August 27 2024 at 12:39 - Pat set answer_date to '2024-08-27T12:39:58.119286'\n"
                + "August 30 2024 at 07:15 - Mary prayed this prayer\n"
                + "September 01 2024 at 10:00 - admin prayed this prayer\n"
                + "September 03 2024 at 09:00 - Pat archived this prayer\n");
        f.sql("UPDATE prayer SET text_file_path = ? WHERE id = ?", "text_archives/" + THIRD, ID);
    }

    @Test
    void mergesAPrayerSplitAcrossSecondAndThirdFilesWithoutLosingALine() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            split(f);
            Map<String, String> copies = Map.of(PLAIN, f.read(PLAIN), SECOND, f.read(SECOND), THIRD, f.read(THIRD));
            ArchivePrecisionSnapshot splitImport = ArchivePrecisionSnapshot.of(f.importIntoEmpty("split.db"));

            RepairReport r = f.repair(false);

            assertThat(r.problems()).isEmpty();
            assertThat(r.kinds().get(RepairReport.SPLIT_PRAYERS)).isEqualTo(new RepairReport.KindCounts(1, 0));
            assertThat(r.quarantine()).isEqualTo(RepairFixture.QUARANTINE);
            String merged = f.read(THIRD);
            // every line of every copy, each as often as the copy holding it most often, in chronological order
            Map<String, Integer> expected = new HashMap<>();
            copies.values().forEach(text -> activityLineCounts(text).forEach((line, n) -> expected.merge(line, n, Math::max)));
            assertThat(activityLineCounts(merged)).isEqualTo(expected);
            assertThat(expected.get("September 01 2024 at 10:00 - admin prayed this prayer")).isEqualTo(2);
            PrayerFile file = new PrayerFileReader().read(merged).value();
            List<TimedEntry> activity = file.activity().stream().map(TimedEntry.class::cast).toList();
            assertThat(activity).isEqualTo(PrayerFile.chronological(activity));
            assertThat(merged).startsWith(copies.get(PLAIN).substring(0, copies.get(PLAIN).indexOf("Activity:\n")));
            // the other copies, byte for byte, in the quarantine; nothing else left in the minute
            assertThat(Files.readString(f.file(RepairFixture.QUARANTINE + "/" + PLAIN))).isEqualTo(copies.get(PLAIN));
            assertThat(Files.readString(f.file(RepairFixture.QUARANTINE + "/" + SECOND))).isEqualTo(copies.get(SECOND));
            assertThat(Files.exists(f.file(PLAIN))).isFalse();
            assertThat(Files.exists(f.file(SECOND))).isFalse();
            assertThat(f.prayerPointer(ID)).isEqualTo("text_archives/" + THIRD);
            assertThat(r.changes()).anySatisfy(c -> assertThat(c.detail()).contains(PLAIN + " moved to "
                    + RepairFixture.QUARANTINE + "/" + PLAIN));

            // the repaired tree imports into an empty database as the split tree did (prayer paths aside: the
            // split import points at the first copy it read)
            ArchivePrecisionSnapshot repairedImport = ArchivePrecisionSnapshot.of(f.importIntoEmpty("repaired.db"));
            assertSameRows(repairedImport, splitImport);
        }
    }

    @Test
    void withoutAPointerAmongTheCopiesTheLowestSuffixIsKept() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            split(f);
            f.sql("UPDATE prayer SET text_file_path = NULL WHERE id = ?", ID);

            RepairReport r = f.repair(false);

            assertThat(r.problems()).isEmpty();
            assertThat(Files.exists(f.file(PLAIN))).isTrue();
            assertThat(Files.exists(f.file(SECOND))).isFalse();
            assertThat(Files.exists(f.file(THIRD))).isFalse();
            assertThat(f.prayerPointer(ID)).isEqualTo("text_archives/" + PLAIN);
            assertThat(r.changes()).extracting(RepairReport.Change::kind)
                    .containsExactly(RepairReport.SPLIT_PRAYERS, RepairReport.PRAYER_POINTERS);
        }
    }

    @Test
    void otherPrayersOfTheSameMinuteAreNotTouched() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            // the minute holds three prayers (plain, _2, _3); the one in _2 was healed again into _4
            String second = "prayers/2024/02/2024_02_29_prayer_at_1234_2.txt";
            String fourth = "prayers/2024/02/2024_02_29_prayer_at_1234_4.txt";
            f.write(fourth, f.read(second) + "March 01 2024 at 08:00 - Mary prayed this prayer\n");
            f.sql("UPDATE prayer SET text_file_path = ? WHERE id = '57193b1a1392477890f0917a8cc6e211'",
                    "text_archives/" + fourth);
            Map<String, String> before = f.state();

            RepairReport r = f.repair(false);

            assertThat(r.problems()).isEmpty();
            assertThat(r.changes()).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo(fourth));
            assertThat(Files.readString(f.file(RepairFixture.QUARANTINE + "/" + second))).isEqualTo(
                    Files.readString(org.thywill.archive.testing.Samples.archives("tiny").resolve(second)));
            Map<String, String> after = f.state();
            for (String untouched : List.of("prayers/2024/02/2024_02_29_prayer_at_1234.txt",
                    "prayers/2024/02/2024_02_29_prayer_at_1234_3.txt", "prayers/2024/02/2024_02_29_prayer_at_0815.txt")) {
                assertThat(after.get(untouched)).isEqualTo(before.get(untouched));
            }
            assertThat(f.prayerPointer("57193b1a1392477890f0917a8cc6e211")).isEqualTo("text_archives/" + fourth);
        }
    }

    @Test
    void conflictingCopiesAreReportedAndLeftAlone() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            String plain = f.read(PLAIN);
            f.write(SECOND, plain.replace("Rent is due and we are short.", "Rent is due."));
            Map<String, String> before = f.state();

            RepairReport r = f.repair(false);

            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RepairReport.SPLIT_PRAYERS);
                assertThat(p.subject()).isEqualTo(PLAIN);
                assertThat(p.reason()).contains("prayer " + ID + ": the request text of " + SECOND + " differs from "
                        + PLAIN + "'s", "left as they are");
            });
            assertThat(r.kinds().get(RepairReport.SPLIT_PRAYERS)).isEqualTo(new RepairReport.KindCounts(0, 1));
            assertThat(f.state()).isEqualTo(before);
            assertThat(Files.exists(f.file(".repaired"))).isFalse();
        }
    }

    @Test
    void copiesThatDisagreeOnTheAuthorAreLeftAlone() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            f.write(SECOND, f.read(PLAIN).replace("Prayer " + ID + " by Pat", "Prayer " + ID + " by Mary"));
            Map<String, String> before = f.state();

            RepairReport r = f.repair(false);

            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                    .contains("author 'Pat' in " + PLAIN + ", 'Mary' in " + SECOND));
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            split(f);
            f.repair(false);
            Map<String, String> after = f.state();
            List<String> pointers = f.rows("SELECT id, text_file_path FROM prayer ORDER BY id");

            RepairReport again = f.repair(false);

            assertThat(again.changes()).isEmpty();
            assertThat(again.problems()).isEmpty();
            assertThat(again.quarantine()).isNull();
            assertThat(f.state()).isEqualTo(after);
            assertThat(f.rows("SELECT id, text_file_path FROM prayer ORDER BY id")).isEqualTo(pointers);
        }
    }

    @Test
    void aDryRunListsWhatTheRealRunDoesAndWritesNothing() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            split(f);
            f.sql("UPDATE \"user\" SET text_file_path = NULL WHERE display_name = 'Mary'");
            Map<String, String> before = f.state();
            List<String> rows = f.rows("SELECT id, text_file_path FROM prayer UNION ALL"
                    + " SELECT display_name, text_file_path FROM \"user\" ORDER BY 1");

            RepairReport dry = f.repair(true);

            assertThat(dry.dryRun()).isTrue();
            assertThat(f.state()).isEqualTo(before);
            assertThat(f.rows("SELECT id, text_file_path FROM prayer UNION ALL"
                    + " SELECT display_name, text_file_path FROM \"user\" ORDER BY 1")).isEqualTo(rows);
            RepairReport real = f.repair(false);
            assertThat(dry.changes()).isEqualTo(real.changes()).hasSize(2);
            assertThat(dry.kinds()).isEqualTo(real.kinds());
            assertThat(dry.quarantine()).isEqualTo(real.quarantine());
        }
    }

    /** The activity lines of a prayer file's text, with how often each occurs. */
    static Map<String, Integer> activityLineCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String section = text.substring(text.lastIndexOf("\nActivity:\n") + "\nActivity:\n".length());
        for (String line : section.split("\n")) {
            if (!line.isEmpty()) {
                counts.merge(line, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Equal at archive precision, but for the prayers' text_file_path. */
    static void assertSameRows(ArchivePrecisionSnapshot actual, ArchivePrecisionSnapshot expected) {
        assertThat(withoutPath(actual.prayers())).isEqualTo(withoutPath(expected.prayers()));
        assertThat(actual.users()).isEqualTo(expected.users());
        assertThat(actual.marks()).isEqualTo(expected.marks());
        assertThat(actual.attributes()).isEqualTo(expected.attributes());
        assertThat(actual.logs()).isEqualTo(expected.logs());
        assertThat(actual.sessions()).isEqualTo(expected.sessions());
        assertThat(actual.inviteTokens()).isEqualTo(expected.inviteTokens());
        assertThat(actual.inviteUsage()).isEqualTo(expected.inviteUsage());
    }

    private static List<String> withoutPath(List<String> prayers) {
        List<String> out = new ArrayList<>();
        prayers.forEach(p -> out.add(p.substring(0, p.lastIndexOf('|'))));
        return out;
    }
}
