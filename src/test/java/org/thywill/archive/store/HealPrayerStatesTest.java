package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** The change counts behind heal's skipping of unchanged prayers, on a copy of a sample database. */
class HealPrayerStatesTest {

    private static final String PRAYER = "b45908503ee144e9a59ee2b795d76370";
    private static final String IDS = "[\"" + PRAYER + "\"]";

    @TempDir
    Path dir;

    @Test
    void everyWriteToAPrayersRowsMovesItsCountAndASettlementOfAnOlderCountDoesNotHold() throws Exception {
        Path file = dir.resolve("thywill.db");
        Files.copy(Samples.database("tiny"), file);
        try (Database db = Database.open(file)) {
            assertThat(db.inTransaction(HealPrayerStates::prepare)).isEqualTo(12);
            assertThat(db.inTransaction(HealPrayerStates::prepare)).isZero();
            long read = db.read(c -> HealPrayerStates.changes(c, IDS)).get(PRAYER);
            db.runInTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO prayer_attributes (id, prayer_id, attribute_name, attribute_value,"
                            + " created_at, created_by) SELECT 'a-new', '" + PRAYER + "', 'archived', 'true',"
                            + " '2024-03-01 10:00:00', author_username FROM prayer WHERE id = '" + PRAYER + "'");
                    s.executeUpdate("UPDATE prayer SET flagged = 1 WHERE id = '" + PRAYER + "'");
                    s.executeUpdate("UPDATE prayer SET text = text || '!' WHERE id = '" + PRAYER + "'");
                    s.executeUpdate("DELETE FROM prayer_attributes WHERE id = 'a-new'");
                }
            });
            long now = db.read(c -> HealPrayerStates.changes(c, IDS)).get(PRAYER);
            assertThat(now).isEqualTo(read + 3); // insert, text update, delete; not the flag

            db.runInTransaction(c -> HealPrayerStates.settle(c,
                    List.of(new HealPrayerStates.Settled(PRAYER, read, "1 2 k prayers/x.txt\n"))));
            assertThat(db.read(HealPrayerStates::settled)).doesNotContainKey(PRAYER);
            db.runInTransaction(c -> HealPrayerStates.settle(c,
                    List.of(new HealPrayerStates.Settled(PRAYER, now, "1 2 k prayers/x.txt\n"))));
            Map<String, HealPrayerStates.Recorded> settled = db.read(HealPrayerStates::settled);
            assertThat(settled.get(PRAYER).files()).isEqualTo("1 2 k prayers/x.txt\n");
        }
    }

    @Test
    void aDeletedPrayerLosesItsStateAndANewOneGetsOne() throws Exception {
        Path file = dir.resolve("thywill.db");
        Files.copy(Samples.database("tiny"), file);
        try (Database db = Database.open(file)) {
            db.runInTransaction(HealPrayerStates::prepare);
            db.runInTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM prayer WHERE id = '" + PRAYER + "'");
                }
            });
            db.runInTransaction(HealPrayerStates::prepare);
            Map<String, Long> changes = db.read(c -> HealPrayerStates.changes(c, IDS));
            assertThat(changes).isEmpty();
            long prayers = db.read(c -> count(c, "SELECT count(*) FROM prayer"));
            long states = db.read(c -> count(c, "SELECT count(*) FROM heal_prayer_state"));
            assertThat(states).isEqualTo(prayers);
        }
    }

    private static long count(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
