package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill list} and {@code thywill cleanup} end to end, through their routes. */
class ListAndCleanupCommandTest {

    @TempDir
    Path dir;

    private Path backup;

    @BeforeEach
    void oneBackup() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        CliHarness r = run("backup", "--tier", "hourly", "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        backup = Path.of(Json.MAPPER.readTree(r.out()).at("/file").asText());
    }

    @Test
    void listShowsEveryTierWithTheQuickCheckOrAFullVerify() throws Exception {
        CliHarness text = run("list");
        assertThat(text.exitCode()).as(text.out() + text.err()).isZero();
        assertThat(text.out()).contains("hourly:\n  " + backup.getFileName() + "  ").contains("  checked\n")
                .contains("daily: none\n", "weekly: none\n", "pre_restore: none\n");

        CliHarness full = run("list", "--verify");
        assertThat(full.out()).contains("  verified\n");

        JsonNode j = Json.MAPPER.readTree(run("list", "--json").out());
        JsonNode b = j.at("/tiers/hourly/0");
        assertThat(b.at("/name").asText()).isEqualTo(backup.getFileName().toString());
        assertThat(b.at("/sizeBytes").asLong()).isEqualTo(Files.size(backup));
        assertThat(b.at("/verified").asBoolean()).isTrue();
        assertThat(b.at("/check").asText()).isEqualTo("quick");
        assertThat(b.at("/ageSeconds").asLong()).isBetween(0L, 120L);
        assertThat(j.at("/tiers/daily").size()).isZero();
    }

    @Test
    void listExitsOneWhenABackupDoesNotCheckOut() throws Exception {
        Files.delete(backup.resolveSibling(backup.getFileName() + ".sha256"));
        CliHarness r = run("list");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("NOT VERIFIED: no checksum sidecar");
    }

    @Test
    void cleanupDeletesExpiredBackupsAndADryRunOnlySaysSo() throws Exception {
        Path expired = backup.resolveSibling("thywill_hourly_20200101_000000.db");
        Files.copy(backup, expired);

        CliHarness dry = run("cleanup", "--dry-run");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("Dry run: nothing was deleted.",
                "would delete hourly/thywill_hourly_20200101_000000.db", "1 backups to delete");
        assertThat(expired).exists();

        JsonNode real = Json.MAPPER.readTree(run("cleanup", "--json").out());
        assertThat(real.at("/deleted/0").asText()).isEqualTo("hourly/thywill_hourly_20200101_000000.db");
        assertThat(real.at("/deleted").size()).isEqualTo(1);
        assertThat(expired).doesNotExist();
        assertThat(backup).exists();

        CliHarness again = run("cleanup");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 backups deleted");
    }

    private CliHarness run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = dir.resolve("thywill.db").toString();
        all[2] = "--backups";
        all[3] = dir.resolve("backups").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliHarness.run(all);
    }
}
