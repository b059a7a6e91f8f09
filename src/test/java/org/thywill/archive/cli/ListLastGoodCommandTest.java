package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill list} shows each scheduled tier's last good backup, in text and in {@code --json}. */
class ListLastGoodCommandTest {

    @TempDir
    Path dir;

    @Test
    void listNamesTheLastGoodBackupOfEachTier() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        JsonNode taken = Json.MAPPER.readTree(run("backup", "--tier", "weekly", "--json").out());
        Path backup = Path.of(taken.at("/file").asText());

        CliHarness text = run("list");
        assertThat(text.exitCode()).as(text.out() + text.err()).isZero();
        assertThat(text.out()).containsPattern("\nlast good: hourly none, daily none, weekly "
                + backup.getFileName() + " \\(0m \\d+s old\\)\n");

        JsonNode j = Json.MAPPER.readTree(run("list", "--json").out());
        assertThat(j.at("/lastGood/hourly").isNull()).isTrue();
        assertThat(j.at("/lastGood/daily").isNull()).isTrue();
        assertThat(j.at("/lastGood/weekly/name").asText()).isEqualTo(backup.getFileName().toString());
        assertThat(j.at("/lastGood/weekly/file").asText()).isEqualTo(backup.toString());
        assertThat(Instant.parse(j.at("/lastGood/weekly/createdAt").asText()))
                .isEqualTo(Instant.parse(taken.at("/createdAt").asText()));
        assertThat(j.at("/lastGood").has("pre_restore")).isFalse();
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
