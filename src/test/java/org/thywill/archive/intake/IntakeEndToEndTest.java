package org.thywill.archive.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** A community bundle of the tiny sample, dropped onto a tree that lost some files and some lines. */
class IntakeEndToEndTest {

    @TempDir
    Path dir;

    private static Map<String, String> contents(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void aBundleRestoresWhatTheTreeLost() throws Exception {
        Map<String, String> sample = contents(Samples.archives("tiny"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("complete_site_archive/README.txt", "ThyWill archive\n".getBytes(StandardCharsets.UTF_8));
        entries.put("complete_site_archive/archive_metadata.json", "{}".getBytes(StandardCharsets.UTF_8));
        sample.forEach((path, text) -> entries.put("complete_site_archive/" + path, text.getBytes(StandardCharsets.UTF_8)));
        Path zip = Zips.write(dir, "complete_site_archive_2025_01_31_2200.zip", Zips.zip(entries));

        Path tree = dir.resolve("text_archives");
        sample.forEach((path, text) -> {
            try {
                Path p = tree.resolve(path);
                Files.createDirectories(p.getParent());
                Files.writeString(p, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String prayer = "prayers/2024/02/2024_02_29_prayer_at_1234_2.txt";
        String cut = sample.get(prayer).replace("March 02 2024 at 18:51 - Mary prayed this prayer\n", "");
        Files.writeString(tree.resolve(prayer), cut);
        String users = "users/2024_06_users.txt";
        Files.writeString(tree.resolve(users), "User Registrations for June 2024\n\n");
        Files.delete(tree.resolve("activity/activity_2024_05.txt"));

        ZipInspection inspection = ZipInspector.inspect(zip, ZipLimits.DEFAULTS);
        Path staging = dir.resolve("staging");
        EntryStager.stageAll(inspection, staging);
        MergeReport report = TreeMerger.merge(staging, tree);

        assertThat(inspection.rootPrefix()).isEqualTo("complete_site_archive/");
        assertThat(inspection.skipped()).hasSize(2);
        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).containsExactly("activity/activity_2024_05.txt");
        assertThat(report.linesAppended()).containsOnly(Map.entry(prayer, 1), Map.entry(users, 1));
        assertThat(contents(tree)).isEqualTo(sample);
    }
}
