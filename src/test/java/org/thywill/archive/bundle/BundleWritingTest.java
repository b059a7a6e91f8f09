package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** Unique names, links left out, failures that leave nothing behind. */
class BundleWritingTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsInTheSameMinuteGiveTwoFilesAndOverwriteNothing() throws IOException {
        Path root = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Path out = dir.resolve("out");
        BundleService service = CommunityBundleTest.service(root, out);
        BundleResult first = service.communityBundle(out);
        byte[] firstBytes = Files.readAllBytes(first.path());
        BundleResult second = service.communityBundle(out);
        BundleResult third = service.communityBundle(out);
        assertThat(first.path().getFileName()).hasToString("complete_site_archive_2025_03_04_0506.zip");
        assertThat(second.path().getFileName()).hasToString("complete_site_archive_2025_03_04_0506_2.zip");
        assertThat(third.path().getFileName()).hasToString("complete_site_archive_2025_03_04_0506_3.zip");
        assertThat(Files.readAllBytes(first.path())).isEqualTo(firstBytes);
        assertThat(ZipContents.of(second.path()).names()).isEqualTo(ZipContents.of(first.path()).names());
        assertThat(list(out)).containsExactly(first.path(), second.path(), third.path());
    }

    @Test
    void aSymlinkInTheTreeIsSkippedAndReported() throws IOException {
        Path root = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not for the bundle");
        Files.createSymbolicLink(root.resolve("prayers/2024/01/linked.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("users/elsewhere"), outside);
        Files.createDirectories(root.resolve("activity/.hidden"));
        Files.writeString(root.resolve("activity/.hidden/x.txt"), "hidden");
        Files.writeString(root.resolve("activity/.activity_2024_01.txt.0123456789abcdef.tmp"), "half written");

        BundleResult result = CommunityBundleTest.service(root, dir.resolve("out")).communityBundle(null);

        assertThat(result.skipped()).containsExactlyInAnyOrder(
                new SkippedItem("prayers/2024/01/linked.txt", "symbolic link, not followed"),
                new SkippedItem("users/elsewhere", "symbolic link, not followed"),
                new SkippedItem("activity/.hidden", "hidden folder"),
                new SkippedItem("activity/.activity_2024_01.txt.0123456789abcdef.tmp", "hidden or temporary file"));
        ZipContents zip = ZipContents.of(result.path());
        assertThat(zip.names()).noneMatch(n -> n.contains("linked") || n.contains("elsewhere") || n.contains("hidden")
                || n.endsWith(".tmp"));
        assertThat(zip.bytes().values()).noneMatch(b -> new String(b).contains("not for the bundle"));
    }

    @Test
    void aTopFolderThatIsASymlinkIsSkipped() throws IOException {
        Path root = Files.createDirectories(dir.resolve("text_archives"));
        Path outside = Samples.copyArchives("tiny", dir.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("prayers"), outside.resolve("prayers"));
        BundleResult result = CommunityBundleTest.service(root, dir.resolve("out")).communityBundle(null);
        assertThat(result.skipped()).containsExactly(new SkippedItem("prayers", "symbolic link, not followed"));
        assertThat(ZipContents.of(result.path()).names()).containsExactly(
                "complete_site_archive/README.txt", "complete_site_archive/archive_metadata.json");
    }

    @Test
    void aSourceThatFailsMidWriteLeavesNoBundleAndNoTempFile() throws IOException {
        Path root = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path failing = root.resolve("prayers/2024/08/2024_08_18_prayer_at_1704.txt");
        ZipBundleWriter writer = new ZipBundleWriter(source -> {
            if (source.equals(failing)) {
                throw new IOException("Permission denied: " + source);
            }
            return ZipBundleWriter.NO_FOLLOW.open(source);
        });
        BundleService service = new BundleService(root, () -> null, out, CommunityBundleTest.CLOCK, writer);

        assertThatThrownBy(() -> service.communityBundle(null)).isInstanceOf(IOException.class)
                .hasMessageContaining("Permission denied");
        assertThat(list(out)).isEmpty();
    }

    @Test
    void anUnreadableSourceFileLeavesNoBundleAndNoTempFile() throws IOException {
        Path root = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path file = root.resolve("users/2024_02_users.txt");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as root: permissions are not enforced").isFalse();

        assertThatThrownBy(() -> CommunityBundleTest.service(root, out).communityBundle(null))
                .isInstanceOf(IOException.class);
        assertThat(list(out)).isEmpty();
    }

    @Test
    void aFileRemovedBetweenPlanAndWriteFailsTheBuildCleanly() throws IOException {
        Path root = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path doomed = root.resolve("users/2024_06_users.txt");
        ZipBundleWriter writer = new ZipBundleWriter(source -> {
            if (source.getFileName().toString().startsWith("2024_02")) {
                Files.delete(doomed); // vanishes while the ZIP is half written
            }
            return ZipBundleWriter.NO_FOLLOW.open(source);
        });
        BundleService service = new BundleService(root, () -> null, out, CommunityBundleTest.CLOCK, writer);
        assertThatThrownBy(() -> service.communityBundle(null)).isInstanceOf(IOException.class);
        assertThat(list(out)).isEmpty();
    }

    @Test
    void entryNamesAreRelativeSlashSeparatedAndNeverLeaveTheFolder() {
        assertThat(EntryNames.require("complete_site_archive/prayers/2024/01/a.txt"))
                .isEqualTo("complete_site_archive/prayers/2024/01/a.txt");
        for (String bad : List.of("", "/etc/passwd", "a/../b", "../a", "a//b", "a/./b", "a\\b", "a/", "a\u0000b")) {
            assertThatThrownBy(() -> EntryNames.require(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
