package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.prayer.PrayerFile;

/** {@code thywill import prayers FILE}: the original's JSON schema, archive first, idempotent. */
class ImportPrayersCommandTest {

    private static final String THREE = """
            [
              {"text": "Please pray for my mother's surgery on Tuesday.\\nThank you: truly.",
               "generated_prayer": "Heavenly Father, we lift up this mother.", "author_name": "Jane Doe",
               "project_tag": "health", "target_audience": "all", "created_at": "2023-12-01T10:00:00Z"},
              {"text": "Pray for rain.", "author_name": "Jane Doe", "created_at": "2023-12-02T09:30:15+02:00"},
              {"text": "A prayer without an author.", "created_at": "2023-12-03T08:00:00"}
            ]
            """;

    @TempDir
    Path dir;

    @Test
    void importsEachPrayerWithItsArchiveFileAndASecondRunAddsNothing() throws Exception {
        Path json = write("prayers.json", THREE);
        CliHarness first = run("import", "prayers", json.toString(), "--json");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(first.out());
        assertThat(r.get("imported").asInt()).isEqualTo(3);
        assertThat(r.get("usersCreated").asInt()).isEqualTo(2);

        assertThat(query("select author_username || '|' || created_at || '|' || coalesce(project_tag,'') from prayer order by created_at"))
                .containsExactly("Jane Doe|2023-12-01 10:00:00.000000|health",
                        "Jane Doe|2023-12-02 07:30:15.000000|",
                        "Imported User|2023-12-03 08:00:00.000000|");
        List<Path> files = prayerFiles();
        assertThat(files).hasSize(3);
        for (Path f : files) {
            Parsed<?> parsed = ArchiveFormats.reader(ArchiveKind.PRAYER).orElseThrow().read(Files.readString(f));
            assertThat(parsed.diagnostics()).isEmpty();
            String id = ((PrayerFile) parsed.value()).header().id();
            assertThat(query("select text_file_path from prayer where id = '" + id + "'"))
                    .containsExactly("text_archives/" + dir.resolve("text_archives").relativize(f));
        }
        assertThat(Files.readString(dir.resolve("text_archives/users/2023_12_users.txt")))
                .isEqualTo("User Registrations for December 2023\n\nDecember 01 2023 at 10:00 - Jane Doe joined directly\n"
                        + "December 03 2023 at 08:00 - Imported User joined directly\n");

        CliHarness second = run("import", "prayers", json.toString(), "--json");
        assertThat(second.exitCode()).isZero();
        JsonNode r2 = Json.MAPPER.readTree(second.out());
        assertThat(r2.get("imported").asInt()).isZero();
        assertThat(r2.get("alreadyPresent").asInt()).isEqualTo(3);
        assertThat(prayerFiles()).hasSize(3);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        CliHarness r = run("import", "prayers", write("p.json", THREE).toString(), "--dry-run", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(Json.MAPPER.readTree(r.out()).get("imported").asInt()).isEqualTo(3);
        assertThat(query("select count(*) from prayer")).containsExactly("0");
        assertThat(dir.resolve("text_archives/prayers")).doesNotExist();
    }

    @Test
    void aBadElementIsReportedWithItsIndexAndLineAndTheOthersGoIn() throws Exception {
        Path json = write("p.json", """
                [
                  {"text": "Good one.", "author_name": "Pat", "created_at": "2024-01-01T10:00:00"},
                  {"author_name": "Pat"},
                  {"text": "Bad date.", "created_at": "yesterday"},
                  {"text": 42}
                ]
                """);
        CliHarness r = run("import", "prayers", json.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains(json + ":3: prayer 2: missing \"text\" field",
                json + ":4: prayer 3: created_at is not an ISO-8601 date-time: \"yesterday\"",
                json + ":5: prayer 4: \"text\" must be a string");
        assertThat(query("select text from prayer")).containsExactly("Good one.");
    }

    @Test
    void notJsonOrNotAnArrayIsAClearError() throws Exception {
        CliHarness broken = run("import", "prayers", write("a.json", "[{\"text\": \"x\",\n ]").toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(broken.out()).contains("a.json:2: not valid JSON");
        CliHarness object = run("import", "prayers", write("b.json", "{\"text\": \"x\"}").toString());
        assertThat(object.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(object.out()).contains("JSON file must contain an array of prayer objects");
        assertThat(query("select count(*) from prayer")).containsExactly("0");
    }

    private CliHarness run(String... args) {
        return CliHarness.runIn(dir, args);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private List<Path> prayerFiles() throws Exception {
        Path prayers = dir.resolve("text_archives/prayers");
        if (!Files.exists(prayers)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(prayers)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("thywill.db"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
