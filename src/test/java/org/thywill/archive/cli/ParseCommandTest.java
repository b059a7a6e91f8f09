package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill parse} end to end: CLI → Camel route → readers, on real files. */
class ParseCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSampleTreeParsesCleanly() {
        Path users = Samples.archives("tiny").resolve("users");
        CliHarness r = CliHarness.run("--db", dir.resolve("thywill.db").toString(), "parse", users.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("USER_REGISTRATIONS", "0 diagnostic(s)");
    }

    @Test
    void jsonGivesOneObjectPerFileWithItsPathAndParsedFields() throws Exception {
        Path prayer = Samples.archives("community").resolve("prayers/2024/12/2024_12_31_prayer_at_2359.txt");
        CliHarness r = CliHarness.run("parse", "--json", prayer.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode json = Json.MAPPER.readTree(lines.get(0));
        assertThat(json.get("path").asText()).isEqualTo(prayer.toString());
        assertThat(json.get("kind").asText()).isEqualTo("PRAYER");
        assertThat(json.get("diagnostics")).isEmpty();
        JsonNode record = json.get("record");
        assertThat(record.at("/header/id").asText()).isEqualTo("9fad447d822f452396cc6863b229563b");
        assertThat(record.at("/header/author").asText()).isEqualTo("Mary Beth Carter");
        assertThat(record.at("/header/submitted").asText()).isEqualTo("2024-12-31T23:59:00");
        assertThat(record.get("requestText").asText()).endsWith("\nGenerated Prayer:");
        assertThat(record.get("activity")).hasSize(2);
    }

    @Test
    void aBadLineIsReportedWithFileLineAndReasonAndExitsOne() throws Exception {
        Path file = dir.resolve("users").resolve("2024_01_users.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "User Registrations for January 2024\n\nJanuary 05 2024 at 10:00 - Pat joined directly\nthis is not a registration\n");
        CliHarness r = CliHarness.run("parse", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains(file + ":4: ");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsLine() throws Exception {
        Path file = dir.resolve("users").resolve("2024_01_users.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, "User Registrations for January 2024\n\nJanuary 05 2024 at 10:00 - Zo\u00eb joined directly\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliHarness r = CliHarness.run("parse", "--json", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        JsonNode json = Json.MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(json.at("/diagnostics/0/line").asInt()).isEqualTo(3);
        assertThat(json.at("/diagnostics/0/reason").asText()).startsWith("not valid UTF-8");
    }

    @Test
    void aFileOfNoKnownKindIsAProblem() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "shopping list\n");
        CliHarness r = CliHarness.run("parse", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("not a known archive file");
    }

    @Test
    void aLooseFileIsRecognisedByItsFirstLine() throws Exception {
        Path file = dir.resolve("dropped-prayer.txt");
        Files.copy(Samples.archives("tiny").resolve("prayers").resolve("2023/12")
                .resolve(Files.list(Samples.archives("tiny").resolve("prayers/2023/12")).sorted().findFirst().orElseThrow().getFileName()), file);
        CliHarness r = CliHarness.run("parse", file.toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("PRAYER");
    }

    @Test
    void aMissingFileIsAProblemNamingIt() {
        CliHarness r = CliHarness.run("parse", dir.resolve("nope.txt").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("nope.txt", "cannot read");
    }
}
