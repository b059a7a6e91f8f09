package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill export-sessions} and {@code thywill restore-sessions} end to end, through their routes. */
class SessionsCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void sample() throws Exception {
        Files.copy(Samples.database("community"), dir.resolve("thywill.db"));
    }

    @Test
    void exportedSessionsComeBackAfterTheyAreDeleted() throws Exception {
        sql("UPDATE session SET expires_at = '2099-01-01 00:00:00.000000' WHERE id IN"
                + " (SELECT id FROM session ORDER BY id LIMIT 10)");
        Path out = dir.resolve("s.json");
        CliHarness export = run("export-sessions", "--out", out.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Exported 10 sessions to " + out + " (owner-only); 18 expired left out\n"
                + "Members: ");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        sql("DELETE FROM session WHERE id IN (SELECT id FROM session WHERE expires_at > '2098' ORDER BY id LIMIT 4)");
        CliHarness restore = run("restore-sessions", out.toString(), "--json");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(restore.out());
        assertThat(r.at("/inFile").asInt()).isEqualTo(10);
        assertThat(r.at("/restored").asInt()).isEqualTo(4);
        assertThat(r.at("/skippedExisting").asInt()).isEqualTo(6);
        assertThat(r.at("/skippedExpired").asInt()).isZero();
        assertThat(r.at("/skippedUnknownUser").asInt()).isZero();
        assertThat(run("restore-sessions", out.toString()).out()).startsWith("Restored 0 of 10 sessions from " + out
                + "; skipped: 0 expired, 0 of unknown members, 10 already present");
    }

    @Test
    void includeExpiredExportsEverySession() throws Exception {
        CliHarness export = run("export-sessions", "--out", dir.resolve("s.json").toString(), "--include-expired",
                "--json");
        JsonNode r = Json.MAPPER.readTree(export.out());
        assertThat(r.at("/exported").asInt()).isEqualTo(28);
        assertThat(r.at("/expiredLeftOut").asInt()).isZero();
    }

    @Test
    void anUnusableFileExitsThreeNamingIt() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[1, 2");
        CliHarness restore = run("restore-sessions", bad.toString());
        assertThat(restore.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(restore.err()).contains("restore-sessions failed: " + bad + ": line 1, column ");
    }

    private void sql(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("thywill.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private CliHarness run(String... args) {
        return CliHarness.runIn(dir, args);
    }
}
