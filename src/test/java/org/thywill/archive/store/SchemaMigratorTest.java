package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.SchemaMigration.OpenedAs;

/** Opening a database that is already up to date skips Flyway; anything else still goes through it. */
class SchemaMigratorTest {

    @TempDir
    Path dir;

    @Test
    void theLatestVersionIsTheHighestMigrationShipped() throws Exception {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(migrations)) {
            highest = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SchemaMigrator.LATEST_VERSION).isEqualTo(highest);
    }

    @Test
    void anUpToDateDatabaseIsOpenedWithoutRunningOrRecordingAnything() throws Exception {
        Path file = dir.resolve("thywill.db");
        try (Database db = Database.open(file)) {
            assertThat(db.migration().openedAs()).isEqualTo(OpenedAs.NEW_DATABASE);
        }
        int historyRows = historyRows(file);
        try (Database db = Database.open(file)) {
            assertThat(db.migration()).isEqualTo(new SchemaMigration(OpenedAs.MANAGED, 0,
                    String.valueOf(SchemaMigrator.LATEST_VERSION)));
        }
        assertThat(historyRows(file)).isEqualTo(historyRows);
    }

    @Test
    void aHistoryWithAFailedMigrationIsLeftToFlywayWhichRefusesIt() throws Exception {
        Path file = dir.resolve("thywill.db");
        Database.open(file).close();
        sql(file, "UPDATE flyway_schema_history SET success = 0 WHERE version = '"
                + SchemaMigrator.LATEST_VERSION + "'");
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot migrate the schema of " + file);
    }

    private static int historyRows(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            return rs.getInt(1);
        }
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
