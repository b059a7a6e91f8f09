package org.thywill.archive.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.intake.DropRejectedException;
import org.thywill.archive.intake.EntryStager;
import org.thywill.archive.intake.MergeReport;
import org.thywill.archive.intake.TreeMerger;
import org.thywill.archive.intake.ZipInspection;
import org.thywill.archive.intake.ZipInspector;
import org.thywill.archive.intake.ZipLimits;
import org.thywill.archive.testing.Samples;

/**
 * Fuzzes the ZIP intake: arbitrary bytes dropped as a ZIP go through the same check, staging and merge as a
 * drop ({@code DropFolderService}: {@link ZipInspector#inspect}, {@link EntryStager#stageAll},
 * {@link TreeMerger#merge}) into a small archive tree made of sample files. Property: the only exception is
 * the intake's own {@link DropRejectedException}; nothing is written outside the staging folder and the
 * tree; every file of the tree still reads without a diagnostic afterwards (a merge never leaves a file its
 * reader cannot read); a refused drop leaves the staging folder empty.
 *
 * <p>The limits are small (64 entries, 256 KiB per entry, 1 MiB in all) so that the fuzzer reaches the
 * caps with inputs of a few KiB; the checks are the same at any limit.
 */
@ExtendWith(Executions.class)
class ZipIntakeFuzzTest {

    private static final ZipLimits LIMITS = ZipLimits.of(64, 256 * 1024, 1024 * 1024);

    /**
     * Where each input's drop and tree are written: memory when the machine has a tmpfs at {@code /dev/shm}. The
     * intake syncs every file it writes, and on a shared disk one slow sync would pass the 1 s per input that is
     * meant for our own code.
     */
    private static final Path SCRATCH = Files.isDirectory(Path.of("/dev/shm")) && Files.isWritable(Path.of("/dev/shm"))
            ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));

    /** A few small sample files of the kinds that are merged line by line or whole. */
    private static final Map<String, byte[]> TREE = sampleTree();

    static {
        // see Warmup: load the classes before the fuzzer's clock starts, by running the seeds through
        Warmup.loadPackages("org.thywill.archive.format", "org.thywill.archive.intake");
        ZipIntakeFuzzTest test = new ZipIntakeFuzzTest();
        try {
            test.drop(new byte[] {'P', 'K', 3, 4});
            for (byte[] seed : Warmup.seeds(ZipIntakeFuzzTest.class, "dropsAnything")) {
                test.drop(seed);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void dropsAnything(byte[] input) throws IOException {
        Executions.count();
        drop(input);
    }

    private void drop(byte[] input) throws IOException {
        Path work = Files.createTempDirectory(SCRATCH, "zip-intake-fuzz");
        try {
            Path drop = work.resolve("drop.zip");
            Path staging = work.resolve("staging");
            Path tree = work.resolve("text_archives");
            Files.write(drop, input);
            for (Map.Entry<String, byte[]> e : TREE.entrySet()) {
                Path file = tree.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            Files.createDirectories(staging);
            try {
                ZipInspection inspection = ZipInspector.inspect(drop, LIMITS);
                EntryStager.stageAll(inspection, staging);
            } catch (DropRejectedException refused) {
                assertThat(refused.reason()).as("the refusal's reason").isNotBlank();
                assertThat(filesUnder(staging)).as("a refused drop stages nothing").isEmpty();
                assertOnly(work, drop, staging, tree);
                return;
            }
            MergeReport report = TreeMerger.merge(staging, tree);
            assertThat(report).isNotNull();
            assertOnly(work, drop, staging, tree);
            for (Path file : filesUnder(tree)) {
                String relative = tree.relativize(file).toString().replace('\\', '/');
                ArchiveKind kind = ArchiveKind.of(relative).orElseThrow(
                        () -> new AssertionError("merged a file at no archive path: " + relative));
                Parsed<?> parsed = ArchiveFormats.reader(kind).orElseThrow()
                        .read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                assertThat(parsed.diagnostics()).as("diagnostics of the tree's %s after the merge", relative)
                        .isEmpty();
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void assertOnly(Path work, Path... expected) throws IOException {
        try (Stream<Path> s = Files.list(work)) {
            assertThat(s.toList()).as("what the intake left in its work folder").containsOnly(expected);
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Map<String, byte[]> sampleTree() {
        Map<String, byte[]> tree = new LinkedHashMap<>();
        for (String relative : List.of(
                "activity/activity_2024_06.txt",
                "users/2024_06_users.txt",
                "sessions/2024_06_sessions.txt",
                "system/2024_06_invite_usage.txt",
                "auth/2024_06_security_events.txt",
                "system/current_state/active_sessions.txt")) {
            Path file = Samples.archives("tiny").resolve(relative);
            if (Files.isRegularFile(file)) {
                tree.put(relative, Samples.read(file).getBytes(StandardCharsets.UTF_8));
            }
        }
        Samples.archiveFiles("tiny").stream()
                .filter(f -> ArchiveKind.of(Samples.relative(f)).orElse(null) == ArchiveKind.PRAYER)
                .limit(2)
                .forEach(f -> tree.put(Samples.relative(f), Samples.read(f).getBytes(StandardCharsets.UTF_8)));
        return tree;
    }
}
