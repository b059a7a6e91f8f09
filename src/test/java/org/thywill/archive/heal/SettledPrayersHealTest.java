package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heal skips the prayers a previous heal settled while neither their rows nor their files changed
 * ({@link SettledPrayers}, store/HealPrayerStates), and checks again every prayer with a change of either kind, by
 * any program: here the database is written with plain JDBC, as the original app writes it.
 */
class SettledPrayersHealTest {

    private static final String PRAYER = "b45908503ee144e9a59ee2b795d76370";
    private static final String FILE = "prayers/2023/12/2023_12_31_prayer_at_2359.txt";

    @TempDir
    Path dir;

    @Test
    void aSecondHealSkipsEveryPrayerTheFirstSettledAndWritesNothing() {
        try (HealFixture f = new HealFixture("community", dir)) {
            HealReport first = f.heal.healArchives(false);
            Map<String, String> before = f.state();
            HealReport second = f.heal.healArchives(false);
            HealReport.KindCounts prayers = second.kinds().get("prayers");
            assertThat(first.kinds().get("prayers").unchanged()).isZero();
            assertThat(prayers.healed()).isZero();
            assertThat(prayers.unchanged()).isEqualTo(prayerCount(f) - notedPrayers(first));
            assertThat(prayers.complete()).isEqualTo(first.kinds().get("prayers").complete()
                    + first.kinds().get("prayers").healed());
            assertThat(f.state()).isEqualTo(before);
            assertThat(f.heal.healArchives(false).kinds().get("prayers").unchanged()).isEqualTo(prayers.unchanged());
        }
    }

    @Test
    void aMarkWrittenToTheDatabaseAfterAHealIsHealedByTheNext() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            int settled = settleTwice(f);
            prayAsTheOriginalDoes(f);
            HealReport r = f.heal.healArchives(false);
            assertThat(r.kinds().get("prayers").appended()).isEqualTo(1);
            assertThat(r.kinds().get("prayers").unchanged()).isEqualTo(settled - 1);
            assertThat(Files.readString(f.archives.resolve(FILE))).contains("March 01 2024 at 10:15");
            assertThat(f.heal.healArchives(false).kinds().get("prayers").unchanged()).isEqualTo(settled);
        }
    }

    @Test
    void aTouchedFileIsComparedAgainAndLeftAsItIs() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            int settled = settleTwice(f);
            Files.setLastModifiedTime(f.archives.resolve(FILE), FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
            Map<String, String> before = f.state();
            HealReport r = f.heal.healArchives(false);
            assertThat(r.kinds().get("prayers").unchanged()).isEqualTo(settled - 1);
            assertThat(r.kinds().get("prayers").healed()).isZero();
            assertThat(f.state()).isEqualTo(before);
            assertThat(f.heal.healArchives(false).kinds().get("prayers").unchanged()).isEqualTo(settled);
        }
    }

    @Test
    void aDeletedFileIsCreatedAgain() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            int settled = settleTwice(f);
            Files.delete(f.archives.resolve(FILE));
            HealReport r = f.heal.healArchives(false);
            assertThat(r.kinds().get("prayers").created()).isEqualTo(1);
            assertThat(r.kinds().get("prayers").unchanged()).isEqualTo(settled - 1);
            assertThat(f.archives.resolve(FILE)).exists();
        }
    }

    @Test
    void aColumnTheFileDoesNotCarryKeepsThePrayerSettledButAMovedPointerDoesNot() {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            int settled = settleTwice(f);
            f.sql("UPDATE prayer SET flagged = 1 WHERE id = ?", PRAYER);
            assertThat(f.heal.healArchives(false).kinds().get("prayers").unchanged()).isEqualTo(settled);
            f.sql("UPDATE prayer SET text_file_path = NULL WHERE id = ?", PRAYER);
            HealReport r = f.heal.healArchives(false);
            assertThat(r.kinds().get("prayers").unchanged()).isEqualTo(settled - 1);
            assertThat(r.pointersSet()).containsEntry("prayer", 1);
            assertThat(f.prayerPointers()).containsEntry(PRAYER, "text_archives/" + FILE);
        }
    }

    @Test
    void aTriggerDroppedWithItsTableUnsettlesEveryPrayerAndIsCreatedAgain() throws Exception {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            settleTwice(f);
            f.sql("DROP TRIGGER heal_state_prayermark_insert");
            f.sql("DROP TRIGGER heal_state_prayer_activity_log_insert");
            prayAsTheOriginalDoes(f);
            HealReport r = f.heal.healArchives(false);
            assertThat(r.kinds().get("prayers").unchanged()).isZero();
            assertThat(r.kinds().get("prayers").appended()).isEqualTo(1);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(
                         "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'heal_state_%'")) {
                assertThat(rs.getInt(1)).isEqualTo(12);
            }
        }
    }

    @Test
    void aDryRunComparesEveryPrayerAndSettlesNothing() {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            HealReport dry = f.heal.healArchives(true);
            assertThat(dry.kinds().get("prayers").unchanged()).isZero();
            assertThat(f.heal.healArchives(false).kinds().get("prayers").unchanged()).isZero();
        }
    }

    /** What the live app writes when a member prays: a mark and its {@code prayed} log. */
    private static void prayAsTheOriginalDoes(HealFixture f) {
        String author = author(f);
        f.sql("INSERT INTO prayermark (id, username, prayer_id, created_at) VALUES ('m-new', ?, ?, ?)",
                author, PRAYER, "2024-03-01 10:15:07.000000");
        f.sql("INSERT INTO prayer_activity_log (id, prayer_id, user_id, action, old_value, new_value, created_at)"
                + " VALUES ('l-new', ?, ?, 'prayed', NULL, 'true', ?)", PRAYER, author, "2024-03-01 10:15:07.000000");
    }

    /** Heals twice; returns how many prayers the second run found settled (and checks there are some). */
    private static int settleTwice(HealFixture f) {
        f.heal.healArchives(false);
        int settled = f.heal.healArchives(false).kinds().get("prayers").unchanged();
        assertThat(settled).isPositive();
        return settled;
    }

    private static String author(HealFixture f) {
        return query(f, "SELECT author_username FROM prayer WHERE id = '" + PRAYER + "'");
    }

    private static int prayerCount(HealFixture f) {
        return Integer.parseInt(query(f, "SELECT count(*) FROM prayer"));
    }

    /** Prayers a heal noted something about (those are checked, and noted, again every time). */
    private static long notedPrayers(HealReport r) {
        return r.notes().stream().map(n -> n.replaceAll(".*prayer ([0-9a-f]{32}).*", "$1")).distinct().count();
    }

    private static String query(HealFixture f, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
