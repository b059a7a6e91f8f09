package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill backup} and {@code thywill verify} end to end, through their routes. */
class BackupCommandTest {

    @TempDir
    Path dir;

    @Test
    void backupTakesADailyBackupAndAVerifiedRemoteCopy() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        CliHarness r = run("backup", "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.at("/tier").asText()).isEqualTo("daily");
        Path file = Path.of(j.at("/file").asText());
        assertThat(file.getParent()).isEqualTo(dir.resolve("backups/daily"));
        assertThat(file.getFileName().toString()).matches("thywill_daily_\\d{8}_\\d{6}\\.db");
        assertThat(j.at("/remote/verified").asBoolean()).isTrue();
        assertThat(j.at("/remote/problems").size()).isZero();
        assertThat(j.at("/tables/user").asLong()).isPositive();

        String name = file.getFileName().toString();
        Path remote = dir.resolve("remote_backups");
        assertThat(files(remote)).containsExactly(name, name + ".manifest.json", name + ".sha256");
        assertThat(Files.readAllBytes(remote.resolve(name))).isEqualTo(Files.readAllBytes(file));

        CliHarness v = run("verify", remote.resolve(name).toString());
        assertThat(v.exitCode()).as(v.out()).isZero();
        assertThat(v.out()).contains("ok: " + remote.resolve(name), "schema version none")
                .contains("note: no schema history (flyway_schema_history)");
    }

    @Test
    void backupTakesTheTierAsked() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        CliHarness r = run("backup", "--tier", "hourly");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("hourly backup " + dir.resolve("backups/hourly/thywill_hourly_"))
                .contains("copied to file:").contains("(verified)");
        assertThat(files(dir.resolve("backups/hourly"))).hasSize(3);
    }

    @Test
    void anUnknownTierIsAUsageError() {
        CliHarness r = run("backup", "--tier", "monthly");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--tier").contains("monthly");
    }

    @Test
    void aMissingDatabaseFailsWithExitThreeAndCreatesNoDatabase() {
        CliHarness r = run("backup");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(r.err()).contains("no database to back up at " + dir.resolve("thywill.db"));
        assertThat(dir.resolve("thywill.db")).doesNotExist();
    }

    @Test
    void aFailedRemoteCopyKeepsTheLocalBackupAndExitsOne() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        Files.writeString(dir.resolve("remote_backups"), "a file where the remote folder should be");
        CliHarness r = run("backup");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("problem: the copy to file:");
        assertThat(files(dir.resolve("backups/daily"))).hasSize(3);
    }

    @Test
    void verifySaysWhatIsWrongAndExitsOne() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        Path file = Path.of(Json.MAPPER.readTree(run("backup", "--json").out()).at("/file").asText());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(5000);
            int b = f.read();
            f.seek(5000);
            f.write(b ^ 0x40);
        }
        CliHarness v = run("verify", file.toString());
        assertThat(v.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(v.out()).contains("problem: checksum mismatch: the file's SHA-256 is ").contains("FAILED: " + file);

        CliHarness j = run("verify", file.toString(), "--json");
        assertThat(Json.MAPPER.readTree(j.out()).at("/ok").asBoolean()).isFalse();
    }

    @Test
    void verifyWithoutASidecarNeedsTheFlag() throws Exception {
        Path plain = dir.resolve("plain.db");
        Files.copy(Samples.database("tiny"), plain);
        CliHarness strict = run("verify", plain.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(strict.out()).contains("problem: no checksum sidecar plain.db.sha256");
        CliHarness allowed = run("verify", plain.toString(), "--allow-missing-checksum");
        assertThat(allowed.exitCode()).as(allowed.out()).isZero();
        assertThat(allowed.out()).contains("note: no checksum sidecar plain.db.sha256").contains("ok: " + plain);
        assertThat(files(dir)).containsExactly("plain.db");
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

    static List<String> files(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
