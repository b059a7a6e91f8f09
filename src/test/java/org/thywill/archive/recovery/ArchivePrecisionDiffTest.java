package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SqliteFacts;

/** Two databases compared kind by kind at archive precision, group by group. */
class ArchivePrecisionDiffTest {

    @TempDir
    Path dir;
    Path live;
    Path rebuilt;

    /** An empty ThyWill database, migrated once for the class. */
    private static Path empty;

    @BeforeAll
    static void migrateOnce(@TempDir Path shared) {
        empty = shared.resolve("empty.db");
        Database.open(empty).close();
    }

    @BeforeEach
    void twoEmptyDatabases() throws java.io.IOException {
        live = java.nio.file.Files.copy(empty, dir.resolve("live.db"));
        rebuilt = java.nio.file.Files.copy(empty, dir.resolve("rebuilt.db"));
    }

    @Test
    void secondsAndMicrosecondsDoNotCount() throws Exception {
        sql(live, "INSERT INTO prayermark VALUES ('m1', 'Ann', 'p1', '2024-06-05 09:07:33.123456', NULL)");
        sql(rebuilt, "INSERT INTO prayermark VALUES ('other-id', 'Ann', 'p1', '2024-06-05 09:07:00.000000', NULL)");
        KindDiff d = diff(CarriedKind.MARKS, 10);
        assertThat(d.matched()).isEqualTo(1);
        assertThat(d.differences()).isZero();
    }

    @Test
    void marksAreMultisets() throws Exception {
        for (int i = 0; i < 3; i++) {
            sql(live, "INSERT INTO prayermark VALUES ('m" + i + "', 'Ann', 'p1', '2024-06-05 09:07:0" + i + "', NULL)");
        }
        for (int i = 0; i < 2; i++) {
            sql(rebuilt, "INSERT INTO prayermark VALUES ('r" + i + "', 'Ann', 'p1', '2024-06-05 09:07:00', NULL)");
        }
        sql(rebuilt, "INSERT INTO prayermark VALUES ('r9', 'Bob', 'p2', '2024-06-05 10:00:00', NULL)");
        KindDiff d = diff(CarriedKind.MARKS, 10);
        assertThat(d.databaseRows()).isEqualTo(3);
        assertThat(d.archiveRows()).isEqualTo(3);
        assertThat(d.matched()).isEqualTo(2);
        assertThat(d.onlyInDatabase()).isEqualTo(1);
        assertThat(d.onlyInArchives()).isEqualTo(1);
        assertThat(d.differing()).isZero();
        assertThat(d.onlyInDatabaseExamples()).containsExactly("prayer_id='p1', username='Ann', created_at='2024-06-05 09:07'");
        assertThat(d.onlyInArchivesExamples()).containsExactly("prayer_id='p2', username='Bob', created_at='2024-06-05 10:00'");
    }

    @Test
    void aKeyedRowWithOtherValuesDiffersOnce() throws Exception {
        sql(live, user("Ann", "2024-01-01 10:00:59", null));
        sql(rebuilt, user("Ann", "2024-01-01 10:00:00", "text_archives/users/2024_01_users.txt"));
        KindDiff d = diff(CarriedKind.USERS, 10);
        assertThat(d.differing()).isEqualTo(1);
        assertThat(d.onlyInDatabase()).isZero();
        assertThat(d.onlyInArchives()).isZero();
        assertThat(d.records()).isEqualTo(1);
        assertThat(d.reproducesDatabase()).isFalse();
        assertThat(d.differingExamples()).containsExactly("display_name='Ann': text_file_path: database NULL,"
                + " archives 'text_archives/users/2024_01_users.txt'");
    }

    @Test
    void answerDatesCompareAtTheMinute() throws Exception {
        sql(live, "INSERT INTO prayer_attributes VALUES ('a1', 'p1', 'answer_date', '2024-06-05T09:07:33.123456',"
                + " '2024-06-05 09:07:33.123456', 'Ann', NULL)");
        sql(rebuilt, "INSERT INTO prayer_attributes VALUES ('a2', 'p1', 'answer_date', '2024-06-05T09:07:00',"
                + " '2024-06-05 09:07:00', 'Ann', NULL)");
        sql(live, "INSERT INTO prayer_activity_log VALUES ('l1', 'p1', 'Ann', 'set_answer_date', NULL,"
                + " '2024-06-05T09:07:33.123456', '2024-06-05 09:07:33.123456', NULL)");
        sql(rebuilt, "INSERT INTO prayer_activity_log VALUES ('l2', 'p1', 'Ann', 'set_answer_date', NULL,"
                + " '2024-06-05T09:07:00', '2024-06-05 09:07:00', NULL)");
        assertThat(diff(CarriedKind.ATTRIBUTES, 10).matched()).isEqualTo(1);
        assertThat(diff(CarriedKind.ACTIVITY_LOGS, 10).matched()).isEqualTo(1);
    }

    @Test
    void otherValuesCompareExactly() throws Exception {
        sql(live, "INSERT INTO prayer_attributes VALUES ('a1', 'p1', 'answer_testimony', 'Praise!', '2024-06-05 09:07',"
                + " 'Ann', NULL)");
        sql(rebuilt, "INSERT INTO prayer_attributes VALUES ('a2', 'p1', 'answer_testimony', 'Praise! ',"
                + " '2024-06-05 09:07', 'Ann', NULL)");
        KindDiff d = diff(CarriedKind.ATTRIBUTES, 10);
        assertThat(d.differing()).isEqualTo(1);
        assertThat(d.differingExamples()).containsExactly("prayer_id='p1', attribute_name='answer_testimony':"
                + " attribute_value: database 'Praise!', archives 'Praise! '");
    }

    @Test
    void groupsOnOneSideOnlyAreWalkedInTheSameOrderOnBothSides() throws Exception {
        // names whose UTF-16 order differs from their UTF-8 byte order (an emoji against a character above U+E000)
        String[] liveNames = {"Ann", "Zoë", "\uFF21nn", "\uD83D\uDE00 Joy", "Émile"};
        String[] rebuiltNames = {"Bob", "Zoë", "\uD83D\uDE00 Joy", "ann"};
        for (String n : liveNames) {
            sql(live, user(n, "2024-01-01 10:00:00", null));
        }
        for (String n : rebuiltNames) {
            sql(rebuilt, user(n, "2024-01-01 10:00:00", null));
        }
        KindDiff d = diff(CarriedKind.USERS, 10);
        assertThat(d.matched()).isEqualTo(2);
        assertThat(d.onlyInDatabase()).isEqualTo(3);
        assertThat(d.onlyInArchives()).isEqualTo(2);
        assertThat(d.onlyInDatabaseExamples()).allSatisfy(e -> assertThat(e).containsAnyOf("'Ann'", "'Émile'",
                "'\uFF21nn'"));
    }

    @Test
    void examplesAreCapped() throws Exception {
        for (int i = 0; i < 7; i++) {
            sql(live, "INSERT INTO prayermark VALUES ('m" + i + "', 'Ann', 'p" + i + "', '2024-06-05 09:07', NULL)");
        }
        KindDiff d = diff(CarriedKind.MARKS, 2);
        assertThat(d.onlyInDatabase()).isEqualTo(7);
        assertThat(d.onlyInDatabaseExamples()).hasSize(2);
    }

    @Test
    void aMissingTableHoldsNoRows() throws Exception {
        sql(live, "DROP TABLE prayerskip");
        sql(rebuilt, "INSERT INTO prayerskip VALUES ('s1', 'Ann', 'p1', '2024-06-05 09:07')");
        KindDiff d = diff(CarriedKind.SKIPS, 10);
        assertThat(d.databaseRows()).isZero();
        assertThat(d.onlyInArchives()).isEqualTo(1);
    }

    @Test
    void supporterSinceComparesByDate() throws Exception {
        sql(live, user("Ann", "2024-01-01 10:00:00", null));
        sql(rebuilt, user("Ann", "2024-01-01 10:00:00", null));
        sql(live, "UPDATE user SET is_supporter = 1, supporter_since = '2024-03-01 17:45:12.5'");
        sql(rebuilt, "UPDATE user SET is_supporter = 1, supporter_since = '2024-03-01 00:00:00'");
        assertThat(diff(CarriedKind.USER_ATTRIBUTES, 10).matched()).isEqualTo(1);
    }

    private KindDiff diff(CarriedKind kind, int examples) throws SQLException {
        try (Connection a = ReadOnlyDatabase.open(live, 1000); Connection b = ReadOnlyDatabase.open(rebuilt, 1000)) {
            return ArchivePrecisionDiff.compare(a, b, kind, examples);
        }
    }

    private static String user(String name, String createdAt, String path) {
        return "INSERT INTO user (display_name, created_at, welcome_message_dismissed, text_file_path, is_supporter)"
                + " VALUES ('" + name.replace("'", "''") + "', '" + createdAt + "', 0, "
                + (path == null ? "NULL" : "'" + path + "'") + ", 0)";
    }

    private static void sql(Path db, String statement) throws SQLException {
        try (Connection c = SqliteFacts.openPlain(db); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
