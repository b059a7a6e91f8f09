package org.thywill.archive.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.cli.CliRunner;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;
import org.thywill.archive.testing.Zips;

/** The drop folder of a running service, with ZIPs built in the test. */
class DropFolderTest {

    @TempDir
    Path dir;

    @Test
    void aDroppedCommunityBundleYieldsTheSameDatabaseAsTheCliImport() throws Exception {
        Path service = dir.resolve("service");
        try (RunningService s = RunningService.start(service)) {
            Path incoming = service.resolve("text_archives/incoming");
            Files.createDirectories(incoming);
            Zips.zipTree(Samples.archives("community"), "complete_site_archive/", incoming.resolve(".bundle.zip.part"));
            Files.move(incoming.resolve(".bundle.zip.part"), incoming.resolve("bundle.zip"));
            await().atMost(Duration.ofSeconds(120)).until(() -> doneFiles(incoming).size() == 1);
            assertThat(s.count("prayer")).isEqualTo(120);
        }
        Path cli = dir.resolve("cli");
        CliRunner.Result cliRun = CliRunner.run("--db", cli.resolve("thywill.db").toString(), "--archives", cli.resolve("none").toString(),
                "import", "text-archives", "--from", Samples.archives("community").toString());
        assertThat(cliRun.exitCode()).as(cliRun.out() + cliRun.err()).isZero();
        assertThat(ArchivePrecisionSnapshot.of(service.resolve("thywill.db")))
                .isEqualTo(ArchivePrecisionSnapshot.of(cli.resolve("thywill.db")));
        // And the tree now holds the community's files at their canonical paths.
        assertThat(service.resolve("text_archives/prayers/2024/12/2024_12_31_prayer_at_2359.txt"))
                .hasSameTextualContentAs(Samples.archives("community").resolve("prayers/2024/12/2024_12_31_prayer_at_2359.txt"));
    }

    @Test
    void aTruncatedZipGoesToFailedWithItsReasonAndChangesNothing() throws Exception {
        try (RunningService s = RunningService.start(dir)) {
            Path incoming = dir.resolve("text_archives/incoming");
            Files.createDirectories(incoming);
            Path whole = dir.resolve("whole.zip");
            Zips.zipTree(Samples.archives("tiny"), "", whole);
            byte[] bytes = Files.readAllBytes(whole);
            Path part = dir.resolve("cut.zip");
            Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            Files.move(part, incoming.resolve("cut.zip"));
            await().atMost(Duration.ofSeconds(30)).until(() -> errorFiles(incoming).size() == 1);
            String error = Files.readString(errorFiles(incoming).get(0));
            assertThat(error).contains("cut.zip");
            assertThat(s.count("prayer")).isZero();
            assertThat(dir.resolve("text_archives/prayers")).doesNotExist();
        }
    }

    @Test
    void aZipSlipEntryIsRefusedAndNothingIsWrittenOutsideTheTree() throws Exception {
        try (RunningService s = RunningService.start(dir)) {
            Path incoming = dir.resolve("text_archives/incoming");
            Files.createDirectories(incoming);
            Path zip = dir.resolve("evil.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("users/2024_01_users.txt"));
                out.write("User Registrations for January 2024\n\n".getBytes(StandardCharsets.UTF_8));
                out.putNextEntry(new ZipEntry("../../evil.txt"));
                out.write("owned".getBytes(StandardCharsets.UTF_8));
            }
            Files.move(zip, incoming.resolve("evil.zip"));
            await().atMost(Duration.ofSeconds(30)).until(() -> errorFiles(incoming).size() == 1);
            assertThat(Files.readString(errorFiles(incoming).get(0))).contains("evil.txt");
            assertThat(dir.resolve("evil.txt")).doesNotExist();
            assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
            assertThat(dir.resolve("text_archives/users")).doesNotExist();
            assertThat(s.count("user")).isZero();
        }
    }

    @Test
    void aLoosePrayerFileIsPlacedAtItsCanonicalPathAndImported() throws Exception {
        try (RunningService s = RunningService.start(dir)) {
            Path incoming = dir.resolve("text_archives/incoming");
            Files.createDirectories(incoming);
            Path sample = Samples.archives("tiny").resolve("prayers/2023/12");
            Path first;
            try (Stream<Path> files = Files.list(sample)) {
                first = files.sorted().findFirst().orElseThrow();
            }
            Files.copy(first, dir.resolve("my prayer.txt"));
            Files.move(dir.resolve("my prayer.txt"), incoming.resolve("my prayer.txt"));
            await().atMost(Duration.ofSeconds(30)).until(() -> doneFiles(incoming).size() == 1);
            assertThat(dir.resolve("text_archives/prayers/2023/12").resolve(first.getFileName())).hasSameTextualContentAs(first);
            assertThat(s.count("prayer")).isEqualTo(1);
        }
    }

    private static List<Path> doneFiles(Path incoming) throws IOException {
        return list(incoming.resolve(".done"));
    }

    private static List<Path> errorFiles(Path incoming) throws IOException {
        return list(incoming.resolve(".failed")).stream().filter(p -> p.toString().endsWith(".error.txt")).toList();
    }

    private static List<Path> list(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

}
