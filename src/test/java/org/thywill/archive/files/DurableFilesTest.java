package org.thywill.archive.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFilesTest {

    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void writeAtomicallyCreatesTheFileAndItsFolders() throws IOException {
        Path target = dir.resolve("prayers/2024/02/2024_02_29_prayer_at_1234.txt");
        DurableFiles.writeAtomically(target, "Prayer a by Pat\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("Prayer a by Pat\n");
        assertThat(namesIn(target.getParent())).containsExactly("2024_02_29_prayer_at_1234.txt");
    }

    @Test
    void writeAtomicallyReplacesTheWholeFile() throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "a much longer old content\n");
        DurableFiles.writeAtomically(target, "new\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(namesIn(dir)).containsExactly("a.txt");
    }

    @Test
    void theTempFileIsHiddenInTheTargetsFolder() throws IOException {
        Path target = dir.resolve("users/2024_01_users.txt");
        List<String> seen = new ArrayList<>();
        DurableFiles.writeAtomically(target, out -> {
            seen.addAll(namesIn(target.getParent()));
            out.write('x');
        });

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).matches("\\.2024_01_users\\.txt\\." + ProcessHandle.current().pid() + "-[0-9a-f]{16}\\.tmp");
        assertThat(namesIn(target.getParent())).containsExactly("2024_01_users.txt");
    }

    @Test
    void aFailingWriteLeavesNoTempFileAndTheTargetUnchanged() throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "old\n");

        assertThatThrownBy(() -> DurableFiles.writeAtomically(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(namesIn(dir)).containsExactly("a.txt");
    }

    @Test
    void aFailingMoveLeavesNoTempFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("a.txt"));
        Files.writeString(target.resolve("inside"), "x");

        assertThatThrownBy(() -> DurableFiles.writeAtomically(target, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);

        assertThat(namesIn(dir)).containsExactly("a.txt");
        assertThat(namesIn(target)).containsExactly("inside");
    }

    @Test
    void aRuntimeFailureLeavesNoTempFileEither() {
        Path target = dir.resolve("a.txt");
        assertThatThrownBy(() -> DurableFiles.writeAtomically(target, out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void theTargetIsNeverSeenHalfWritten() throws Exception {
        Path target = dir.resolve("big.txt");
        byte[] a = new byte[2_000_000];
        byte[] b = new byte[1_000_000];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        DurableFiles.writeAtomically(target, a);
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch reading = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (!done.get()) {
                    byte[] seen = Files.readAllBytes(target);
                    assertThat(Arrays.equals(seen, a) || Arrays.equals(seen, b))
                            .as("a read saw %d bytes that are neither version", seen.length).isTrue();
                    reads++;
                    reading.countDown();
                }
                return reads;
            });
            assertThat(reading.await(30, TimeUnit.SECONDS)).as("the reader started").isTrue();
            for (int i = 0; i < 40; i++) {
                DurableFiles.writeAtomically(target, i % 2 == 0 ? b : a);
            }
            done.set(true);
            assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(namesIn(dir)).containsExactly("big.txt");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("sessions.txt"), "secret\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        DurableFiles.writeAtomically(target, "still secret\n".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void writeNewCreatesAFileAndItsFolders() throws IOException {
        Path target = dir.resolve("prayers/2024/02/2024_02_29_prayer_at_1234_2.txt");

        assertThat(DurableFiles.writeNew(target, "Prayer b by Kim\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Files.readString(target)).isEqualTo("Prayer b by Kim\n");
        assertThat(namesIn(target.getParent())).containsExactly("2024_02_29_prayer_at_1234_2.txt");
    }

    @Test
    void writeNewNeverClobbersAnExistingFile() throws IOException {
        Path target = Files.writeString(dir.resolve("taken.txt"), "first\n");
        Files.setLastModifiedTime(target, FileTime.fromMillis(1_600_000_000_000L));

        assertThat(DurableFiles.writeNew(target, "second\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Files.readString(target)).isEqualTo("first\n");
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(FileTime.fromMillis(1_600_000_000_000L));
        assertThat(namesIn(dir)).containsExactly("taken.txt");
    }

    @Test
    void racingWriteNewsCreateTheFileOnce() throws Exception {
        Path target = dir.resolve("one.txt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            byte[] content = ("writer " + t + "\n").getBytes(StandardCharsets.UTF_8);
            jobs.add(pool.submit(() -> DurableFiles.writeNew(target, content)));
        }
        int created = 0;
        for (Future<Boolean> job : jobs) {
            created += job.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(Files.readString(target)).matches("writer \\d\n");
        assertThat(namesIn(dir)).containsExactly("one.txt");
    }

    @Test
    void appendDurablyAppendsAndCreates() throws IOException {
        Path target = dir.resolve("system/event_log/session_events_2024_01.txt");
        DurableFiles.appendDurably(target, "one\n");
        DurableFiles.appendDurably(target, "two\n");

        assertThat(Files.readString(target)).isEqualTo("one\ntwo\n");
    }

    @Test
    void concurrentAppendsAreNeitherLostNorInterleaved() throws Exception {
        Path target = dir.resolve("log.txt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    DurableFiles.appendDurably(target, ("thread " + thread + " line " + i + " ").repeat(50) + "\n");
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(400);
        assertThat(lines).allMatch(l -> l.matches("(thread (\\d) line (\\d+) )\\1{49}"));
    }

    @Test
    void updateRewritesUnderTheLockAndSkipsNoChange() throws IOException {
        Path target = Files.writeString(dir.resolve("users.txt"), "header\n\nrow\n");
        FileTime old = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(target, old);

        assertThat(DurableFiles.update(target, current -> null)).isFalse();
        assertThat(DurableFiles.update(target, current -> current)).isFalse();
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(old);

        assertThat(DurableFiles.update(target, current -> (new String(current, StandardCharsets.UTF_8) + "row 2\n")
                .getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Files.readString(target)).isEqualTo("header\n\nrow\nrow 2\n");
        assertThat(namesIn(dir)).containsExactly("users.txt");
    }

    @Test
    void updateOfAMissingFileFails() {
        assertThatThrownBy(() -> DurableFiles.update(dir.resolve("missing.txt"), c -> c))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void appendsRacingWithUpdatesAreNotLost() throws Exception {
        Path target = Files.writeString(dir.resolve("log.txt"), "");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> appender = pool.submit(() -> {
            for (int i = 0; i < 200; i++) {
                DurableFiles.appendDurably(target, "append " + i + "\n");
            }
            return null;
        });
        Future<?> updater = pool.submit(() -> {
            for (int i = 0; i < 50; i++) {
                int n = i;
                DurableFiles.update(target, current -> (new String(current, StandardCharsets.UTF_8) + "update " + n
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        appender.get(60, TimeUnit.SECONDS);
        updater.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(250);
        assertThat(lines.stream().filter(l -> l.startsWith("append "))).hasSize(200);
        assertThat(lines.stream().filter(l -> l.startsWith("update "))).hasSize(50);
    }
}
