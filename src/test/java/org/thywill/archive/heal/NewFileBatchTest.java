package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New files created together: each under its name once committed, never clobbering one that appeared. */
class NewFileBatchTest {

    @TempDir
    Path dir;

    private final ExecutorService fsyncs = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        fsyncs.shutdownNow();
    }

    @Test
    void filesGetTheirNamesAtCommitAndATakenNameIsLeftAlone() throws IOException {
        NewFileBatch batch = new NewFileBatch(new ArchiveRoot(dir), fsyncs);
        batch.add("prayers/2024/01/a.txt", "first\n".getBytes());
        batch.add("prayers/2024/02/b.txt", "second\n".getBytes());
        assertThat(dir.resolve("prayers/2024/01/a.txt")).doesNotExist();
        Files.writeString(dir.resolve("prayers/2024/02/b.txt"), "someone else's\n");

        assertThat(batch.commit()).containsExactly("prayers/2024/02/b.txt");

        assertThat(dir.resolve("prayers/2024/01/a.txt")).hasContent("first");
        assertThat(dir.resolve("prayers/2024/02/b.txt")).hasContent("someone else's");
        assertThat(batch.isEmpty()).isTrue();
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
        }
    }

    @Test
    void closingWithoutCommitLeavesNoFile() throws IOException {
        try (NewFileBatch batch = new NewFileBatch(new ArchiveRoot(dir), fsyncs)) {
            batch.add("prayers/x.txt", "x\n".getBytes());
        }
        try (Stream<Path> s = Files.list(dir.resolve("prayers"))) {
            assertThat(s.toList()).isEmpty();
        }
    }
}
