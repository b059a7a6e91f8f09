package org.thywill.archive.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    @TempDir
    Path dir;

    @Test
    void givesEveryFileInOrderAndNeverHoldsMoreThanItsBudget() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Path f = dir.resolve("f" + i + ".txt");
            Files.write(f, new byte[100 + i % 7]);
            files.add(f);
        }
        AtomicLong held = new AtomicLong();
        AtomicLong mostHeld = new AtomicLong();
        Function<Path, PreparedFile> prepare = f -> {
            long size = size(f);
            mostHeld.accumulateAndGet(held.addAndGet(size), Math::max);
            return prepared(f, size);
        };
        try (ReadAhead ahead = new ReadAhead(files, prepare, 1_000)) {
            for (Path f : files) {
                PreparedFile p = ahead.next();
                assertThat(p.file()).isEqualTo(f);
                held.addAndGet(-p.size());
            }
        }
        // next() frees a file's share before this thread counts it taken: one more file may be counted in between
        assertThat(mostHeld.get()).isGreaterThan(200).isLessThanOrEqualTo(1_000 + 106);
    }

    @Test
    void aFileLargerThanTheBudgetStillComesThrough() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[5_000]);
        Path small = Files.write(dir.resolve("small.txt"), new byte[10]);
        try (ReadAhead ahead = new ReadAhead(List.of(small, big, small), f -> prepared(f, size(f)), 1_000)) {
            assertThat(ahead.next().file()).isEqualTo(small);
            assertThat(ahead.next().file()).isEqualTo(big);
            assertThat(ahead.next().file()).isEqualTo(small);
        }
    }

    @Test
    void aSingleFileIsPreparedOnTheCallersThread() throws Exception {
        Path f = Files.write(dir.resolve("one.txt"), new byte[3]);
        List<Thread> threads = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(List.of(f), x -> {
            threads.add(Thread.currentThread());
            return prepared(x, 3);
        }, 1_000)) {
            ahead.next();
        }
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void aReadAheadThatDiesStopsTheImportWithItsCause() throws Exception {
        Path a = Files.write(dir.resolve("a.txt"), new byte[3]);
        Path b = Files.write(dir.resolve("b.txt"), new byte[3]);
        try (ReadAhead ahead = new ReadAhead(List.of(a, b), x -> {
            throw new OutOfMemoryError("simulated");
        }, 1_000)) {
            assertThatThrownBy(ahead::next).isInstanceOf(ReadAhead.ReadAheadFailed.class)
                    .hasMessageContaining("simulated").hasCauseInstanceOf(OutOfMemoryError.class);
        }
    }

    private static PreparedFile prepared(Path f, long size) {
        return new PreparedFile(f, f.getFileName().toString(), null, null, size, 0, "",
                new FileOutcome(f.getFileName().toString(), null, FileOutcome.Status.IGNORED, null, List.of()), null,
                PreparedFile.LedgerWrite.NONE);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
