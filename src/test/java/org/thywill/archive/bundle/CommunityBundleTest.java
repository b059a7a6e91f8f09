package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.testing.Samples;

/** The community bundle of each sample tree, read back with java.util.zip. */
class CommunityBundleTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07.123456Z"), ZoneOffset.UTC);
    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 4, 5, 6, 7, 123_456_000);

    @TempDir
    Path dir;

    static BundleService service(Path root, Path downloads) {
        return new BundleService(root, () -> {
            throw new AssertionError("the community bundle needs no database");
        }, downloads, CLOCK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void holdsEveryPrayerUserAndActivityFileVerbatimAndNothingElse(String sample) throws IOException {
        Path root = Samples.copyArchives(sample, dir.resolve("text_archives"));
        // Files of every excluded kind of folder, the drop folder and the downloads folder.
        for (String excluded : List.of("sessions", "auth", "authentication", "invites", "roles", "security", "system",
                "membership_applications", "downloads", "incoming")) {
            Files.createDirectories(root.resolve(excluded));
            Files.writeString(root.resolve(excluded).resolve("planted.txt"), "secret token abc123");
        }
        Files.writeString(root.resolve("export_summary.txt"), "Complete Database Export Summary\n");
        Files.createDirectories(root.resolve("foundational_prayers"));
        Files.writeString(root.resolve("foundational_prayers/lords_prayer.txt"), "Our Father\n");

        BundleResult result = service(root, dir.resolve("out")).communityBundle(null);

        assertThat(result.path()).isEqualTo(dir.resolve("out/complete_site_archive_2025_03_04_0506.zip"));
        ZipContents zip = ZipContents.of(result.path());
        List<String> expected = new ArrayList<>();
        for (String folder : List.of("prayers", "users", "activity", "foundational_prayers")) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> expected.add("complete_site_archive/" + relative(root, f)));
            }
        }
        expected.add("complete_site_archive/archive_metadata.json");
        expected.add("complete_site_archive/README.txt");
        assertThat(zip.names()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(zip.names()).isSorted();
        assertThat(zip.names()).filteredOn(n -> n.matches("complete_site_archive/prayers/\\d{4}/\\d{2}/.*\\.txt"))
                .hasSize(sample.equals("tiny") ? 15 : 120);
        assertThat(zip.names()).noneMatch(n -> n.matches("complete_site_archive/(sessions|auth|authentication|invites"
                + "|roles|security|system|membership_applications|downloads|incoming)/.*"));
        assertThat(zip.names()).noneMatch(n -> n.endsWith("export_summary.txt"));
        assertThat(zip.bytes().values()).noneMatch(b -> new String(b, StandardCharsets.UTF_8).contains("abc123"));
        for (String name : zip.names()) {
            String rel = name.substring("complete_site_archive/".length());
            if (!rel.equals("archive_metadata.json") && !rel.equals("README.txt")) {
                assertThat(zip.bytes().get(name)).as(name).isEqualTo(Files.readAllBytes(root.resolve(rel)));
            }
        }
        assertThat(result.entries()).isEqualTo(expected.size());
        assertThat(result.bytes()).isEqualTo(Files.size(result.path()));
        assertThat(result.skipped()).isEmpty();

        JsonNode meta = new ObjectMapper().readTree(zip.text("complete_site_archive/archive_metadata.json"));
        assertThat(meta.fieldNames()).toIterable()
                .containsExactly("export_date", "export_type", "archive_structure", "format_info");
        assertThat(meta.get("export_date").asText()).isEqualTo("2025-03-04T05:06:07.123456");
        assertThat(meta.get("export_type").asText()).isEqualTo("complete_site_archive");
        assertThat(meta.get("archive_structure").fieldNames()).toIterable()
                .containsExactly("prayers", "users", "activity", "foundational_prayers");
        meta.get("archive_structure").forEach(d -> assertThat(d.asText()).isNotBlank().doesNotContain("\n"));
        assertThat(new ObjectMapper().convertValue(meta.get("format_info"), Map.class)).containsOnly(
                Map.entry("encoding", "UTF-8"), Map.entry("timestamp_format", "Month DD YYYY at HH:MM"),
                Map.entry("file_naming", "YYYY_MM_DD_prayer_at_HHMM.txt"));
        assertThat(meta.get("format_info").fieldNames()).toIterable()
                .containsExactly("encoding", "timestamp_format", "file_naming");

        assertThat(zip.text("complete_site_archive/README.txt"))
                .startsWith("ThyWill Text Archive\n")
                .endsWith("\nGenerated: March 04 2025 at 05:06");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny"})
    void theSameTreeGivesTheSameEntryList(String sample) throws IOException {
        Path root = Samples.copyArchives(sample, dir.resolve("text_archives"));
        BundleResult first = service(root, dir.resolve("out")).communityBundle(null);
        BundleResult second = service(root, dir.resolve("out")).communityBundle(null);
        assertThat(ZipContents.of(second.path()).names()).isEqualTo(ZipContents.of(first.path()).names());
    }

    static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }
}
