package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code thywill generate-demo}: its output, its refusals and its argument checks, end to end. */
class GenerateDemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsACountPerKindAndTheTime() {
        Path out = dir.resolve("demo");
        CliHarness r = CliHarness.run("generate-demo", "--users", "3", "--prayers", "20", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Generated a demo community in " + out, "(seed 1)", " s:")
                .containsPattern("\\n +3  members registered\\n")
                .containsPattern("\\n +20  prayers\\n")
                .contains("prayer marks", "archive files written", "database rows inserted");
        assertThat(out.resolve("thywill.db")).isRegularFile();
        assertThat(out.resolve("text_archives/system/current_state/active_sessions.txt")).isRegularFile();
    }

    @Test
    void jsonIsOneObjectWithTheCounts() throws Exception {
        Path out = dir.resolve("demo");
        CliHarness r = CliHarness.run("--json", "generate-demo", "--users", "2", "--prayers", "0", "--seed", "9",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode json = Json.MAPPER.readTree(lines.get(0));
        assertThat(json.get("out").asText()).isEqualTo(out.toAbsolutePath().normalize().toString());
        assertThat(json.get("seed").asLong()).isEqualTo(9);
        assertThat(json.get("users").asLong()).isEqualTo(2);
        assertThat(json.get("prayers").asLong()).isZero();
        assertThat(json.get("marks").asLong()).isZero();
        assertThat(json.get("sessions").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(json.get("archive_files").asLong()).isEqualTo(countFiles(out.resolve("text_archives")));
        assertThat(json.get("elapsed_ms").asLong()).isNotNegative();
    }

    @Test
    void anEmptyArchiveDirectoryIsFine() throws Exception {
        Path out = dir.resolve("demo");
        Files.createDirectories(out.resolve("text_archives"));
        Files.writeString(out.resolve("notes.txt"), "not a community\n");
        CliHarness r = CliHarness.run("generate-demo", "--users", "2", "--prayers", "5", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("text_archives/activity")).isDirectory();
    }

    @Test
    void refusesADirectoryWithADatabase() throws Exception {
        Path out = dir.resolve("community");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thywill.db"), "precious");
        CliHarness r = CliHarness.run("generate-demo", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("never overwrites a community");
        assertThat(Files.readString(out.resolve("thywill.db"))).isEqualTo("precious");
        assertThat(out.resolve("text_archives")).doesNotExist();
    }

    @Test
    void refusesADirectoryWithArchives() throws Exception {
        Path out = dir.resolve("community");
        Path users = out.resolve("text_archives/users/2024_01_users.txt");
        Files.createDirectories(users.getParent());
        Files.writeString(users, "User Registrations for January 2024\n\n");
        CliHarness r = CliHarness.run("generate-demo", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("text_archives", "never overwrites a community");
        assertThat(out.resolve("thywill.db")).doesNotExist();
        assertThat(countFiles(out.resolve("text_archives"))).isEqualTo(1);
    }

    @Test
    void refusesAnOutThatIsAFile() throws Exception {
        Path out = dir.resolve("file");
        Files.writeString(out, "x");
        CliHarness r = CliHarness.run("generate-demo", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("not a directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--users=1", "--users=0", "--users=-3", "--users=100001", "--prayers=-1", "--users=many",
        "--prayers=1e3", "--seed=x"})
    void badArgumentsAreUsageErrors(String argument) {
        Path out = dir.resolve("demo");
        CliHarness r = CliHarness.run("generate-demo", argument, "--out", out.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isNotBlank();
        assertThat(out).doesNotExist();
    }

    private static long countFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
