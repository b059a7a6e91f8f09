package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.store.SchemaMigration.OpenedAs;

class AdoptionTest {

    private static final List<String> ORIGINAL_TABLES = List.copyOf(ThyWillSchema.get().tables());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void adoptingASampleDatabaseLeavesEveryRowAndTableAsItWas(String sample) throws Exception {
        Path file = SqliteFacts.copySample(sample, dir);
        Map<String, String> before = fingerprint(file);
        List<String> schemaBefore = describeAll(file);
        assertThat(before.get("prayermark")).startsWith(sample.equals("tiny") ? "20 rows" : "556 rows");

        try (Database db = Database.open(file)) {
            assertThat(db.migration()).isEqualTo(new SchemaMigration(OpenedAs.ADOPTED, 3, "4"));
        }

        assertThat(fingerprint(file)).isEqualTo(before);
        // V3 adds the reconciler's lookup indexes to the activity tables and nothing else to the original's tables
        assertThat(describeAll(file)).filteredOn(f -> !SqliteFacts.isReconcilerIndexFact(f)).isEqualTo(schemaBefore);
        assertThat(describeAll(file)).filteredOn(SqliteFacts::isReconcilerIndexFact).isNotEmpty();
        assertThat(history(file)).containsExactly(
                "1|existing ThyWill database adopted|BASELINE|1",
                "2|archive file ledger|SQL|1",
                "3|reconciler|SQL|1", "4|heal prayer state|SQL|1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void openingAnAdoptedDatabaseAgainChangesNothing(String sample) throws Exception {
        Path file = SqliteFacts.copySample(sample, dir);
        Database.open(file).close();
        Map<String, String> afterFirst = fingerprint(file);
        List<String> historyAfterFirst = history(file);

        try (Database db = Database.open(file)) {
            assertThat(db.migration()).isEqualTo(new SchemaMigration(OpenedAs.MANAGED, 0, "4"));
        }

        assertThat(fingerprint(file)).isEqualTo(afterFirst);
        assertThat(history(file)).isEqualTo(historyAfterFirst);
    }

    @Test
    void anOlderThyWillDatabaseGetsOnlyItsMissingTablesAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("older.db");
        Path fresh = dir.resolve("fresh.db");
        Database.open(fresh).close();
        try (Connection c = SqliteFacts.openPlain(file); Statement st = c.createStatement()) {
            // the original's user and prayer tables as an older version created them, one extra legacy column
            st.executeUpdate(describeSql(fresh, "user"));
            st.executeUpdate(describeSql(fresh, "prayer").replace("PRIMARY KEY (id)", "target_audience VARCHAR, \n\tPRIMARY KEY (id)"));
            st.executeUpdate("INSERT INTO user VALUES ('Joy at Dawn', '2024-01-02 03:04:05.000006', NULL, NULL, 0, NULL, 0, NULL, NULL)");
            st.executeUpdate("INSERT INTO prayer VALUES ('p1', 'Joy at Dawn', 'text', NULL, NULL, '2024-01-02 03:04:05',"
                    + " 0, NULL, 1.0, '[]', 'default', 'unknown', 0.0, 'general', 'all')");
        }
        Map<String, String> before = fingerprint(file, List.of("user", "prayer"));

        try (Database db = Database.open(file)) {
            assertThat(db.migration()).isEqualTo(new SchemaMigration(OpenedAs.ADOPTED_AND_COMPLETED, 4, "4"));
        }

        assertThat(fingerprint(file, List.of("user", "prayer"))).isEqualTo(before);
        try (Connection c = SqliteFacts.openReadOnly(file); Connection f = SqliteFacts.openReadOnly(fresh)) {
            assertThat(SqliteFacts.tables(c)).isEqualTo(SqliteFacts.tables(f));
            assertThat(SqliteFacts.namedIndexes(c)).isEqualTo(SqliteFacts.namedIndexes(f));
            for (String table : ORIGINAL_TABLES) {
                if (!table.equals("prayer")) {
                    assertThat(SqliteFacts.describe(c, table)).as(table).isEqualTo(SqliteFacts.describe(f, table));
                }
            }
            assertThat(SqliteFacts.strings(c, "SELECT name FROM pragma_table_info('prayer')")).contains("target_audience");
        }
        assertThat(history(file)).containsExactly(
                "0|existing ThyWill database adopted|BASELINE|1",
                "1|thywill schema|SQL|1",
                "2|archive file ledger|SQL|1",
                "3|reconciler|SQL|1", "4|heal prayer state|SQL|1");
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("shop.db");
        try (Connection c = SqliteFacts.openPlain(file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            st.executeUpdate("INSERT INTO customers (name) VALUES ('Ada')");
        }
        String bytes = SqliteFacts.fileSha256(file);
        List<String> filesBefore = listDir();

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(NotAThyWillDatabaseException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a ThyWill database")
                .hasMessageContaining("[customers]")
                .hasMessageContaining("[user, prayer]")
                .hasMessageContaining("It was not changed");

        assertThat(SqliteFacts.fileSha256(file)).isEqualTo(bytes);
        assertThat(listDir()).isEqualTo(filesBefore);
    }

    @Test
    void aThyWillDatabaseMissingAColumnIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("odd.db");
        Path fresh = dir.resolve("fresh.db");
        Database.open(fresh).close();
        try (Connection c = SqliteFacts.openPlain(file); Statement st = c.createStatement()) {
            st.executeUpdate(describeSql(fresh, "user"));
            st.executeUpdate("CREATE TABLE prayer (id VARCHAR NOT NULL, author_username VARCHAR NOT NULL, PRIMARY KEY (id))");
        }
        String bytes = SqliteFacts.fileSha256(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(NotAThyWillDatabaseException.class)
                .hasMessageContaining("lack columns")
                .hasMessageContaining("prayer.text, prayer.generated_prayer")
                .hasMessageContaining("It was not changed");

        assertThat(SqliteFacts.fileSha256(file)).isEqualTo(bytes);
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Dear diary, this is not a database. ".repeat(200));
        String bytes = SqliteFacts.fileSha256(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(NotAThyWillDatabaseException.class)
                .hasMessageContaining("is not an SQLite database");

        assertThat(SqliteFacts.fileSha256(file)).isEqualTo(bytes);
    }

    @Test
    void anEmptyFileBecomesANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertThat(db.migration().openedAs()).isEqualTo(OpenedAs.NEW_DATABASE);
        }
        assertThat(history(file)).containsExactly("1|thywill schema|SQL|1", "2|archive file ledger|SQL|1",
                "3|reconciler|SQL|1", "4|heal prayer state|SQL|1");
    }

    private List<String> listDir() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> fingerprint(Path file) throws Exception {
        return fingerprint(file, ORIGINAL_TABLES);
    }

    private static Map<String, String> fingerprint(Path file, List<String> tables) throws Exception {
        try (Connection c = SqliteFacts.openReadOnly(file)) {
            return SqliteFacts.contentFingerprint(c, tables);
        }
    }

    private static List<String> describeAll(Path file) throws Exception {
        try (Connection c = SqliteFacts.openReadOnly(file)) {
            List<String> all = new java.util.ArrayList<>();
            for (String table : ORIGINAL_TABLES) {
                all.addAll(SqliteFacts.describe(c, table));
            }
            return all;
        }
    }

    private static String describeSql(Path file, String table) throws Exception {
        try (Connection c = SqliteFacts.openReadOnly(file)) {
            return SqliteFacts.strings(c, "SELECT sql FROM sqlite_master WHERE name = ?", table).get(0);
        }
    }

    private static List<String> history(Path file) throws Exception {
        try (Connection c = SqliteFacts.openReadOnly(file)) {
            return SqliteFacts.strings(c, "SELECT coalesce(version, '') || '|' || description || '|' || type || '|' || success"
                    + " FROM flyway_schema_history ORDER BY installed_rank");
        }
    }
}
