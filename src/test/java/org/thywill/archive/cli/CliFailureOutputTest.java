package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees when a command fails inside its route: the one line naming the database and the reason,
 * not Camel's error-handler report (message history and stack trace) of the same exception before it. In a JVM of
 * its own, since that report goes through the logging set up at start-up, to the console.
 */
class CliFailureOutputTest {

    @TempDir
    Path dir;

    @Test
    void aFailureInsideTheRouteIsOneLineOnTheConsole() throws Exception {
        Path db = Files.writeString(dir.resolve("thywill.db"), "these bytes are no SQLite database\n");
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ThyWillCli.class.getName(),
                "--db", db.toString(), "--archives", dir.resolve("text_archives").toString(), "heal-archives"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String console = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(console).isEqualTo(ExitCode.FAILURE);
        assertThat(console).as(console).contains("thywill: heal-archives failed: " + db
                        + " is not an SQLite database. It was not changed.")
                .doesNotContain("DefaultErrorHandler").doesNotContain("Stacktrace").doesNotContain("\tat ");
        assertThat(Files.readString(db)).isEqualTo("these bytes are no SQLite database\n");
    }
}
