package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.DbCounts;
import org.thywill.archive.testing.Samples;

/** {@code thywill sync-archives}: import, then heal, through its route; a fixed point after one run. */
class SyncArchivesCommandTest {

    /** Files deleted from the tree (the database still holds what they carry). */
    private static final List<String> DELETED_FOLDERS = List.of("users", "sessions", "system");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void afterOneSyncTheTreeAndTheDatabaseCarryTheSameAndASecondSyncChangesNothing(String sample) throws Exception {
        Path archives = Samples.copyArchives(sample, dir.resolve("text_archives"));
        Path db = dir.resolve("thywill.db");
        Files.copy(Samples.database(sample), db);
        // rows only the tree still carries
        sql(db, "DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark ORDER BY created_at LIMIT 3)");
        sql(db, "DELETE FROM prayer_activity_log WHERE action = 'prayed' AND rowid IN"
                + " (SELECT rowid FROM prayer_activity_log ORDER BY created_at DESC LIMIT 2)");
        String lastPrayer = first(db, "SELECT id FROM prayer ORDER BY created_at DESC LIMIT 1");
        sql(db, "DELETE FROM prayer WHERE id = '" + lastPrayer + "'");
        // files only the database still carries (and a skip, which the original archives nowhere live)
        sql(db, "INSERT INTO prayerskip (id, user_id, prayer_id, created_at) SELECT 'skip1', author_username, id,"
                + " created_at FROM prayer ORDER BY created_at LIMIT 1");
        Path firstPrayerFile = prayerFiles(archives).get(0);
        Files.delete(firstPrayerFile);
        for (String folder : DELETED_FOLDERS) {
            deleteTree(archives.resolve(folder));
        }
        assertThat(DbCounts.count(db, "prayer where id = '" + lastPrayer + "'")).isZero();

        CliHarness sync = run(db, archives, "sync-archives", "--json");
        assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(sync.out());
        assertThat(r.at("/imported/inserted/prayer").asInt()).isEqualTo(1);
        assertThat(r.at("/imported/inserted/prayermark").asInt()).isPositive();
        assertThat(r.at("/healed/kinds/prayers/created").asInt()).isEqualTo(1);
        assertThat(r.at("/healed/kinds/registrations/created").asInt()).isPositive();
        assertThat(r.at("/healed/kinds/sessions/created").asInt()).isPositive();
        assertThat(r.at("/healed/kinds/invite_usage/created").asInt()).isPositive();
        assertThat(r.at("/healed/kinds/skips/created").asInt()).isEqualTo(1);
        assertThat(r.at("/healed/kinds/roles/created").asInt()).isEqualTo(1);
        assertThat(r.at("/healed/kinds/user_roles/created").asInt()).isEqualTo(1);
        assertThat(r.at("/reread/inserted").isEmpty()).as(r.at("/reread").toString()).isTrue();
        assertThat(Files.exists(firstPrayerFile)).isTrue();
        assertThat(DbCounts.count(db, "prayer where id = '" + lastPrayer + "'")).isEqualTo(1);

        Path fresh = dir.resolve("fresh.db");
        CliHarness imported = run(fresh, archives, "import", "text-archives");
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        ArchivePrecisionSnapshot synced = ArchivePrecisionSnapshot.of(db);
        assertThat(ArchivePrecisionSnapshot.of(fresh)).isEqualTo(synced);
        assertThat(DbCounts.count(fresh, "prayerskip")).isEqualTo(DbCounts.count(db, "prayerskip")).isEqualTo(1);
        for (String table : List.of("role", "user_roles")) {
            assertThat(DbCounts.count(fresh, table)).as(table).isEqualTo(DbCounts.count(db, table)).isPositive();
        }

        Map<String, Integer> counts = counts(db);
        Map<String, String> files = state(archives);
        CliHarness again = run(db, archives, "sync-archives");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("inserted:     none").doesNotContain("created ", "appended ", "rewritten ", "re-read");
        assertThat(ArchivePrecisionSnapshot.of(db)).isEqualTo(synced);
        assertThat(counts(db)).isEqualTo(counts);
        assertThat(state(archives)).isEqualTo(files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny"})
    void aDryRunWritesNothing(String sample) throws Exception {
        Path archives = Samples.copyArchives(sample, dir.resolve("text_archives"));
        Path db = dir.resolve("thywill.db");
        Files.copy(Samples.database(sample), db);
        deleteTree(archives.resolve("users"));
        sql(db, "DELETE FROM prayermark");
        Map<String, Integer> counts = counts(db);
        Map<String, String> files = state(archives);

        CliHarness dry = run(db, archives, "sync-archives", "--dry-run");

        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("Dry run of the import of", "would: created users/");
        assertThat(counts(db)).containsAllEntriesOf(counts); // opening the database may add our own tables
        assertThat(state(archives)).isEqualTo(files);
    }

    private static CliHarness run(Path db, Path archives, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "--archives";
        all[3] = archives.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliHarness.run(all);
    }

    private static List<Path> prayerFiles(Path archives) throws IOException {
        try (Stream<Path> s = Files.walk(archives.resolve("prayers"))) {
            return s.filter(p -> p.toString().matches(".*/prayers/\\d{4}/\\d{2}/[^/]+\\.txt")).sorted().toList();
        }
    }

    /** Every table's row count. */
    private static Map<String, Integer> counts(Path db) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                out.put(rs.getString(1), 0);
            }
        }
        for (String table : out.keySet()) {
            out.put(table, DbCounts.count(db, "\"" + table + "\""));
        }
        return out;
    }

    /** Every file of the tree: its bytes' hash and its mtime. */
    private static Map<String, String> state(Path archives) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(archives)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(archives.relativize(p).toString(), Arrays.hashCode(Files.readAllBytes(p)) + "@"
                        + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }

    private static void sql(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static String first(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.getString(1);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
