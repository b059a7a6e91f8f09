package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill restore} and {@code thywill restore-safe} end to end, through their routes. */
class RestoreCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private Path backup;

    @BeforeEach
    void aBackupAndALaterChange() throws Exception {
        db = dir.resolve("thywill.db");
        Files.copy(Samples.database("tiny"), db);
        CliHarness b = run("backup", "--json");
        assertThat(b.exitCode()).as(b.out() + b.err()).isZero();
        backup = Path.of(Json.MAPPER.readTree(b.out()).at("/file").asText());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO user (display_name, created_at, welcome_message_dismissed, is_supporter)"
                    + " VALUES ('Added After The Backup', '2024-06-05 09:07:00.000000', 0, 0)");
        }
    }

    @Test
    void restoreRefusesWithoutATerminalAndWithoutYes() throws Exception {
        String before = sha256(db);

        CliHarness r = run("restore", backup.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("thywill: refusing to restore without a terminal; pass --yes\n");
        assertThat(r.out()).isEmpty();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.resolve("backups/pre_restore")).doesNotExist();
    }

    @Test
    void restoreSafeRefusesWithoutATerminalAndWithoutYes() throws Exception {
        String before = sha256(db);

        CliHarness r = run("restore-safe", backup.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("refusing to restore without a terminal; pass --yes");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void restoreWithYesPutsTheBackupBackAndSaysWhatItDid() throws Exception {
        assertThat(users("display_name = 'Added After The Backup'")).isEqualTo(1);

        CliHarness r = run("restore", backup.toString(), "--yes");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("restored " + db + " from " + backup + " (")
                .contains("pre-restore backup: " + dir.resolve("backups/pre_restore/thywill_pre_restore_"))
                .contains("routes stopped: ").contains("took ");
        assertThat(users("display_name = 'Added After The Backup'")).isZero();
        assertThat(users("1 = 1")).isEqualTo(6);
        CliHarness list = run("list");
        assertThat(list.out()).containsPattern("pre_restore:\n  thywill_pre_restore_\\d{8}_\\d{6}\\.db  .*  checked\n");
    }

    @Test
    void restoreWithJsonGivesTheReport() throws Exception {
        CliHarness r = run("restore", backup.toString(), "--yes", "--json");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.at("/command").asText()).isEqualTo("restore");
        assertThat(j.at("/restoredFrom").asText()).isEqualTo(backup.toString());
        assertThat(j.at("/database").asText()).isEqualTo(db.toString());
        assertThat(j.at("/sha256").asText()).isEqualTo(sha256(backup));
        assertThat(j.at("/sizeBytes").asLong()).isEqualTo(Files.size(backup));
        assertThat(j.at("/preRestoreBackup").asText()).startsWith(dir.resolve("backups/pre_restore").toString());
        assertThat(j.at("/routesStopped").isArray()).isTrue();
        assertThat(j.at("/startedAt").asText()).isNotEmpty();
        assertThat(j.at("/schema").isNull()).isTrue();
    }

    @Test
    void restoreSafeWithYesMigratesTheOriginalsBackupAndReportsTheVersions() throws Exception {
        CliHarness r = run("restore-safe", backup.toString(), "--yes", "--json");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode schema = Json.MAPPER.readTree(r.out()).at("/schema");
        assertThat(schema.at("/versionBefore").isNull()).isTrue();
        assertThat(schema.at("/versionAfter").asText()).isEqualTo("4");
        assertThat(schema.at("/ok").asBoolean()).isTrue();
        assertThat(schema.at("/migrationsApplied").asInt()).isPositive();

        CliHarness text = run("restore-safe", backup.toString(), "--yes");
        assertThat(text.exitCode()).as(text.out() + text.err()).isZero();
        assertThat(text.out()).containsPattern("schema: version none -> 4 \\(adopted[a-z ]*, \\d+ migration\\(s\\) applied\\);"
                + " check ok; foreign_key_check: 0 row\\(s\\)\n");
    }

    @Test
    void aBackupThatDoesNotVerifyIsRefusedWithExitOne() throws Exception {
        String before = sha256(db);
        Files.writeString(backup.resolveSibling(backup.getFileName() + ".sha256"),
                "0".repeat(64) + "  " + backup.getFileName() + "\n");

        CliHarness r = run("restore", backup.toString(), "--yes");

        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.err()).startsWith("thywill: restore failed: restore refused: " + backup
                + " does not verify: checksum mismatch: ").contains("; nothing was changed");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aDatabaseLockedByAnotherProcessFailsWithExitThree() throws Exception {
        Path config = Files.writeString(dir.resolve("fast.properties"), "thywill.sqlite.busy-timeout-ms = 200\n");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");

            CliHarness r = run("--config", config.toString(), "restore", backup.toString(), "--yes");

            assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
            // The original's file is in rollback-journal mode: the writer's lock keeps even the pre-restore backup out.
            assertThat(r.err()).startsWith("thywill: restore failed: database is locked by another process: " + db
                    + " (the pre-restore backup could not read it within 200 ms;")
                    .contains("the database " + db + " was not changed;").doesNotContain("pre-restore copy is");
            st.execute("ROLLBACK");
        }
        assertThat(users("display_name = 'Added After The Backup'")).isEqualTo(1);
    }

    @Test
    void restoreAndRestoreSafeHaveHelp() {
        for (String command : new String[] {"restore", "restore-safe"}) {
            CliHarness r = CliHarness.run(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: thywill " + command, "--yes", "FILE");
        }
        assertThat(CliHarness.run("--help").out()).contains("restore", "restore-safe");
    }

    private int users(String where) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM user WHERE " + where)) {
            return rs.getInt(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private CliHarness run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "--backups";
        all[3] = dir.resolve("backups").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliHarness.run(all);
    }
}
