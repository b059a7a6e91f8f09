package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill export bundle} end to end, through the route build-community-bundle. */
class ExportBundleCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheCommunityBundleIntoOutAndReportsItAsJson() throws Exception {
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        Path out = dir.resolve("bundles");

        CliHarness r = run(archives, "export", "bundle", "--out", out.toString(), "--json");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        Path zip = Path.of(j.at("/path").asText());
        assertThat(zip.getParent()).isEqualTo(out.toAbsolutePath().normalize());
        assertThat(zip.getFileName().toString()).matches("complete_site_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}(_\\d+)?\\.zip");
        assertThat(j.at("/bytes").asLong()).isEqualTo(Files.size(zip));
        List<String> names = entries(zip);
        assertThat(j.at("/entries").asInt()).isEqualTo(names.size());
        assertThat(names).allMatch(n -> n.startsWith("complete_site_archive/"))
                .contains("complete_site_archive/prayers/2024/08/2024_08_25_prayer_at_1947.txt")
                .noneMatch(n -> n.contains("/sessions/") || n.contains("/auth/") || n.contains("/roles/"));
        assertThat(j.at("/skipped").isArray()).isTrue();
    }

    @Test
    void printsTheBundleItWroteAndTakesTheDownloadsFolderByDefault() throws Exception {
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));

        CliHarness r = run(archives, "export", "bundle");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("bundle: .*downloads[/\\\\]complete_site_archive_.*\\.zip")
                .containsPattern("entries: \\d+, \\d+ bytes");
        try (var s = Files.list(archives.resolve("downloads"))) {
            assertThat(s.toList()).hasSize(1);
        }
    }

    @Test
    void withoutWhatToExportItIsAUsageError() {
        CliHarness r = CliHarness.run("export");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Missing what to export");
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private CliHarness run(Path archives, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = dir.resolve("thywill.db").toString();
        all[2] = "--archives";
        all[3] = archives.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliHarness.run(all);
    }
}
