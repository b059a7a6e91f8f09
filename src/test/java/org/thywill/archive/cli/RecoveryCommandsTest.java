package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.Samples;

/**
 * {@code validate-archives}, {@code validate-consistency [--fix]}, {@code recovery-report} and {@code test-recovery}
 * through their routes, on copies of the samples.
 */
class RecoveryCommandsTest {

    @TempDir
    Path dir;
    Path db;
    Path archives;
    Path temp;
    Path config;

    @BeforeEach
    void folders() throws IOException {
        temp = dir.resolve("tmp");
        config = dir.resolve("test.properties");
        Files.writeString(config, "thywill.recovery.temp-dir = " + temp + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void onEachSampleValidateArchivesPassesAndTestRecoveryFindsNoDifference(String sample) throws Exception {
        copy(sample);
        CliHarness validate = run("validate-archives");
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("0 problem(s): OK");

        CliHarness test = run("test-recovery");
        assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("no differences: the archives give the database back",
                "not carried by the archives (by design; not a failure):", "table user_roles");
        JsonNode json = Json.MAPPER.readTree(run("test-recovery", "--json").out());
        assertThat(json.at("/reproduced").asBoolean()).isTrue();
        for (JsonNode k : json.at("/comparison/kinds")) {
            assertThat(k.at("/matched").asLong()).as(k.toString()).isEqualTo(k.at("/databaseRows").asLong());
            assertThat(k.at("/onlyInArchives").asLong() + k.at("/onlyInDatabase").asLong() + k.at("/differing").asLong())
                    .isZero();
        }
        assertThat(leftIn(temp)).isEmpty();
    }

    @Test
    void validateArchivesListsFileLineReasonAndExitsOne() throws Exception {
        copy("tiny");
        Files.writeString(archives.resolve("users/2024_02_users.txt"), "March 01 2024 at 10:00 - Zed joined directly\n",
                StandardOpenOption.APPEND);
        CliHarness r = run("validate-archives");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("users/2024_02_users.txt:4: a line of March 2024 in February 2024's file",
                "1 problem(s)");
        JsonNode json = Json.MAPPER.readTree(run("validate-archives", "--json").out());
        assertThat(json.at("/ok").asBoolean()).isFalse();
        assertThat(json.at("/problems/0/path").asText()).isEqualTo("users/2024_02_users.txt");
        assertThat(json.at("/problems/0/line").asInt()).isEqualTo(4);
        assertThat(json.at("/problems/0/check").asText()).isEqualTo("month");
    }

    @Test
    void testRecoveryOnATreeThatLostAPrayerFileExitsOneNamingItAndLeavesTheDatabaseAlone() throws Exception {
        copy("tiny");
        Files.delete(archives.resolve("prayers/2024/02/2024_02_29_prayer_at_0815.txt"));
        String before = SqliteFacts.fileSha256(db);
        CliHarness r = run("test-recovery");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("prayers only in the database (1):", "id='dc7ac1bc9d464544b11be1fd649b5ff4'",
                "FAILED: the archives do not give back everything they carry");
        assertThat(SqliteFacts.fileSha256(db)).isEqualTo(before);
        assertThat(leftIn(temp)).isEmpty();
    }

    @Test
    void validateConsistencyFixBringsACopyWithRowsAndFilesDeletedToOneHundred() throws Exception {
        copy("community");
        sql("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark ORDER BY created_at LIMIT 3)");
        sql("DELETE FROM prayer WHERE id = (SELECT id FROM prayer ORDER BY created_at DESC LIMIT 1)");
        sql("INSERT INTO prayerskip (id, user_id, prayer_id, created_at) SELECT 'skip1', author_username, id,"
                + " created_at FROM prayer ORDER BY created_at LIMIT 1");
        sql("UPDATE user SET is_supporter = 1, supporter_since = '2024-05-01 12:30:00' WHERE display_name ="
                + " (SELECT display_name FROM user ORDER BY created_at LIMIT 1)");
        try (Stream<Path> s = Files.list(archives.resolve("prayers/2024/03"))) {
            Files.delete(s.sorted().findFirst().orElseThrow());
        }
        deleteTree(archives.resolve("sessions"));

        CliHarness plain = run("validate-consistency", "--json");
        JsonNode before = Json.MAPPER.readTree(plain.out());
        assertThat(before.at("/report/score/score").asDouble()).isLessThan(100.0);
        assertThat(before.at("/beforeFix").isNull()).isTrue();
        assertThat(plain.exitCode()).isEqualTo(before.at("/report/exitCode").asInt());

        CliHarness fixed = run("validate-consistency", "--fix", "--json");
        assertThat(fixed.exitCode()).as(fixed.out() + fixed.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(fixed.out());
        assertThat(r.at("/beforeFix/score/score").asDouble()).isEqualTo(before.at("/report/score/score").asDouble());
        assertThat(r.at("/fix/healed/kinds/sessions/created").asInt()).isPositive();
        assertThat(r.at("/report/score/score").asDouble()).isEqualTo(100.0);
        assertThat(r.at("/report/score/band").asText()).isEqualTo("EXCELLENT");
        List<String> kinds = new ArrayList<>();
        for (JsonNode k : r.at("/report/comparison/kinds")) {
            kinds.add(k.at("/kind").asText());
            assertThat(k.at("/matched").asLong()).as(k.toString()).isEqualTo(k.at("/databaseRows").asLong())
                    .isEqualTo(k.at("/archiveRows").asLong()).isPositive();
        }
        // what heal writes beyond the live app's archives is now carried, and compared
        assertThat(kinds).containsExactly("users", "user_attributes", "prayers", "marks", "attributes",
                "activity_logs", "sessions", "invite_tokens", "invite_usage", "skips", "roles", "user_roles");

        CliHarness text = run("validate-consistency");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("score 100.00 (EXCELLENT): 0 issue(s)");
        assertThat(leftIn(temp)).isEmpty();
    }

    @Test
    void validateConsistencyExitsWithTheBandsCode() throws Exception {
        copy("tiny");
        deleteTree(archives.resolve("users"));
        deleteTree(archives.resolve("sessions"));
        CliHarness r = run("validate-consistency");
        assertThat(r.out()).contains("users only in the database (6):", "sessions only in the database (7");
        assertThat(r.out()).containsPattern("score \\d+\\.\\d\\d \\((GOOD|FAIR|POOR)\\)");
        assertThat(r.exitCode()).isIn(1, 2);
    }

    @Test
    void aMissingDatabaseIsAFailureAndIsNotCreated() throws Exception {
        copy("tiny");
        Files.delete(db);
        assertThat(run("validate-consistency").exitCode()).isEqualTo(ExitCode.FAILURE);
        CliHarness t = run("test-recovery");
        assertThat(t.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(t.err()).contains("no database at");
        assertThat(db).doesNotExist();
    }

    @Test
    void recoveryReportCountsRecordsAndListsBackups() throws Exception {
        copy("community");
        Path backups = dir.resolve("backups");
        CliHarness backup = CliHarness.run("--db", db.toString(), "--backups", backups.toString(), "backup");
        assertThat(backup.exitCode()).as(backup.out() + backup.err()).isZero();

        CliHarness r = run("recovery-report", "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.at("/files").asInt()).isEqualTo(205);
        assertThat(json.at("/canRebuild/0/kind").asText()).isEqualTo("users");
        assertThat(json.at("/canRebuild/0/records").asInt()).isEqualTo(25);
        assertThat(json.at("/canRebuild/2/kind").asText()).isEqualTo("marks");
        assertThat(json.at("/canRebuild/2/records").asInt()).isEqualTo(556);
        assertThat(json.at("/backups/total").asInt()).isEqualTo(1);
        assertThat(json.at("/backups/verified").asInt()).isEqualTo(1);

        CliHarness text = run("recovery-report", "--verify-backups");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("the archives can rebuild (records counted by parsing):",
                "the archives cannot rebuild (counted in " + db + "):", "1 backup(s), 1 verified", "newest good: daily/");
    }

    @Test
    void everyRecoveryCommandHasHelp() {
        for (String command : new String[] {"validate-archives", "validate-consistency", "recovery-report",
            "test-recovery"}) {
            CliHarness r = CliHarness.run(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: thywill " + command);
        }
    }

    private void copy(String sample) {
        db = SqliteFacts.copySample(sample, dir);
        archives = Samples.copyArchives(sample, dir.resolve("text_archives"));
    }

    private CliHarness run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--archives", archives.toString(),
                "--backups", dir.resolve("backups").toString(), "--config", config.toString()));
        all.addAll(List.of(args));
        return CliHarness.run(all.toArray(String[]::new));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = SqliteFacts.openPlain(db); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static List<Path> leftIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
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
