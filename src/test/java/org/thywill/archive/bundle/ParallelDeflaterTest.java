package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files deflated ahead on every core, the largest streamed, generated ones written in place: all in order. */
class ParallelDeflaterTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfEntryComesBackByteForByteInOrder() throws IOException {
        List<BundleEntry> entries = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] b = ("line " + i + " of a small archive file\n").repeat(1 + random.nextInt(200))
                    .getBytes(StandardCharsets.UTF_8);
            entries.add(new BundleEntry.CopiedFile(String.format("a/small_%03d.txt", i),
                    Files.write(dir.resolve("small" + i), b)));
        }
        byte[] big = new byte[ParallelDeflater.MAX_BYTES + 17];
        random.nextBytes(big);
        entries.add(new BundleEntry.CopiedFile("b/big.bin", Files.write(dir.resolve("big"), big)));
        entries.add(new BundleEntry.CopiedFile("c/empty.txt", Files.write(dir.resolve("empty"), new byte[0])));

        BundleResult r = new ZipBundleWriter().write(dir.resolve("out"), "test_bundle", entries, List.of());

        ZipContents zip = ZipContents.of(r.path());
        assertThat(zip.names()).hasSize(302).isSorted();
        for (BundleEntry e : entries) {
            assertThat(zip.bytes().get(e.name())).as(e.name())
                    .isEqualTo(Files.readAllBytes(((BundleEntry.CopiedFile) e).source()));
        }
        try (ZipFile z = new ZipFile(r.path().toFile())) {
            assertThat(z.getEntry("a/small_000.txt").getCompressedSize())
                    .isLessThan(z.getEntry("a/small_000.txt").getSize());
            // DOS time, as the original's zipfile writes it: two-second steps
            long stored = z.getEntry("a/small_000.txt").getLastModifiedTime().toMillis();
            assertThat(stored).isBetween(Files.getLastModifiedTime(dir.resolve("small0")).toMillis() - 2000,
                    Files.getLastModifiedTime(dir.resolve("small0")).toMillis());
        }
    }
}
