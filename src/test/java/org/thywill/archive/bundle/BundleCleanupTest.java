package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cleanup by the injected clock: only our bundles, only strictly older than the age. */
class BundleCleanupTest {

    static final Instant NOW = Instant.parse("2025-03-04T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void deletesOnlyOurBundlesOlderThan24Hours() throws IOException {
        Path oldCommunity = file("complete_site_archive_2025_03_01_0900.zip", Duration.ofHours(24).plusSeconds(1));
        Path oldSecond = file("complete_site_archive_2025_03_01_0900_2.zip", Duration.ofDays(3));
        Path oldMember = file("Mary_Ann_archive_2025_03_02_1000.zip", Duration.ofHours(30));
        Path oldTemp = file(".complete_site_archive_2025_03_01_0900.0123456789abcdef.tmp", Duration.ofDays(2));
        Path exactly24h = file("complete_site_archive_2025_03_03_1200.zip", Duration.ofHours(24));
        Path fresh = file("Ann_archive_2025_03_04_1100.zip", Duration.ofHours(1));
        Path othersZip = file("family_photos.zip", Duration.ofDays(30));
        Path originalsName = file("Ann_archive_2025_01_01.zip", Duration.ofDays(30));
        Path notes = file("notes.txt", Duration.ofDays(30));
        Path folder = Files.createDirectories(dir.resolve("complete_site_archive_2025_01_01_0000_2.zip"));
        Files.setLastModifiedTime(folder, FileTime.from(NOW.minus(Duration.ofDays(30))));

        BundleCleanup cleanup = new BundleCleanup(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(cleanup.deleteOlderThan(dir, Duration.ofHours(24)))
                .containsExactlyInAnyOrder(oldCommunity, oldSecond, oldMember, oldTemp);

        assertThat(exactly24h).exists();
        assertThat(fresh).exists();
        assertThat(othersZip).exists();
        assertThat(originalsName).exists();
        assertThat(notes).exists();
        assertThat(folder).isDirectory();
        assertThat(oldCommunity).doesNotExist();
    }

    @Test
    void aSymlinkNamedLikeABundleIsLeftAlone() throws IOException {
        Path target = file("keep.txt", Duration.ofDays(30));
        Path link = Files.createSymbolicLink(dir.resolve("complete_site_archive_2025_01_01_0000.zip"), target);
        assertThat(new BundleCleanup(Clock.fixed(NOW, ZoneOffset.UTC)).deleteOlderThan(dir, Duration.ofHours(24)))
                .isEmpty();
        assertThat(link).exists();
        assertThat(target).exists();
    }

    @Test
    void aMissingFolderIsNothingToDo() throws IOException {
        assertThat(new BundleCleanup(Clock.systemUTC()).deleteOlderThan(dir.resolve("none"), Duration.ofHours(24)))
                .isEmpty();
    }

    @Test
    void bundleNamesAreRecognisedExactly() {
        assertThat(BundleNames.isBundle("complete_site_archive_2025_03_04_0506.zip")).isTrue();
        assertThat(BundleNames.isBundle("complete_site_archive_2025_03_04_0506_12.zip")).isTrue();
        assertThat(BundleNames.isBundle("李明_archive_2025_03_04_0506.zip")).isTrue();
        assertThat(BundleNames.isBundle("complete_site_archive_2025_03_04.zip")).isFalse();
        assertThat(BundleNames.isBundle("complete_site_archive_2025_03_04_0506_0.zip")).isFalse();
        assertThat(BundleNames.isBundle("complete_site_archive_2025_03_04_0506.zip.part")).isFalse();
    }

    private Path file(String name, Duration age) throws IOException {
        Path f = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
        return f;
    }
}
