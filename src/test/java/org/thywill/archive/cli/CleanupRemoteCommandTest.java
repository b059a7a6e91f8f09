package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill cleanup} prunes the remote copies of the default {@code file:} target and says so. */
class CleanupRemoteCommandTest {

    @TempDir
    Path dir;

    @Test
    void cleanupPrunesExpiredRemoteCopiesAndReportsTheTarget() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        CliHarness backup = run("backup", "--tier", "hourly", "--json");
        assertThat(backup.exitCode()).as(backup.out() + backup.err()).isZero();
        Path remote = dir.resolve("remote_backups").toAbsolutePath().normalize();
        Path copy = remote.resolve(Path.of(Json.MAPPER.readTree(backup.out()).at("/file").asText()).getFileName());
        assertThat(copy).exists();
        // an old copy of the original's naming, without sidecar or manifest: expired by the time in its name
        Path expired = Files.copy(copy, remote.resolve("thywill_hourly_20200101_000000.db"));

        CliHarness dry = run("cleanup", "--dry-run");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("would delete remote copy thywill_hourly_20200101_000000.db\n")
                .containsPattern("remote file:.*remote_backups.*: pruned " + remote + ", 1 copies to delete\n");
        assertThat(expired).exists();

        JsonNode r = Json.MAPPER.readTree(run("cleanup", "--json").out());
        assertThat(r.at("/remote/pruned").asBoolean()).isTrue();
        assertThat(r.at("/remote/deleted/0").asText()).isEqualTo("thywill_hourly_20200101_000000.db");
        assertThat(r.at("/remote/keptNewest").size()).isZero();
        assertThat(expired).doesNotExist();
        assertThat(copy).exists();
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
