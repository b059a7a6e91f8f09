package org.thywill.archive.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.files.ProcessLock;
import org.thywill.archive.testing.ArchiveTrees;
import org.thywill.archive.testing.Samples;

/**
 * Two {@code thywill heal-archives} of one database into one empty tree at once, as two JVMs (the scheduled export
 * of a running service and an operator's heal): one waits for the other and then finds every file complete. Before
 * the heal lock, each reported the files the other was creating as "appeared while being healed" and exited 1.
 */
class TwoHealsTest {

    @TempDir
    Path dir;

    @Test
    void twoHealsAtOnceWriteTheTreeOnceWithoutProblems() throws Exception {
        Path db = Samples.copyDatabase("community", dir.resolve("thywill.db"));
        Path archives = dir.resolve("text_archives");
        Path lockFile = db.toRealPath().resolveSibling("thywill.db-heal.lock");

        Process first;
        Process second;
        // Both heals start while a third holder has the turn, so they are at the lock at once on any machine
        // however slowly each JVM starts; when it lets go, one heals and the other waits for it.
        try (ProcessLock held = ProcessLock.tryAcquire(lockFile, "the test, until both heals wait").orElseThrow()) {
            first = heal(db, archives, dir.resolve("first.out"));
            second = heal(db, archives, dir.resolve("second.out"));
            await().atMost(Duration.ofSeconds(120)).until(() -> waiting(dir.resolve("first.out"))
                    && waiting(dir.resolve("second.out")));
        }
        String firstOut = finish(first, dir.resolve("first.out"));
        String secondOut = finish(second, dir.resolve("second.out"));

        assertThat(first.exitValue()).as(firstOut).isZero();
        assertThat(second.exitValue()).as(secondOut).isZero();
        assertThat(firstOut + secondOut).doesNotContain("problem:");
        assertThat(List.of(firstOut, secondOut)).allSatisfy(out -> assertThat(out).contains("note: waited ")
                .contains("for another heal to finish (pid " + ProcessHandle.current().pid() + ": the test"));
        Path single = Files.createDirectories(dir.resolve("single")).resolve("text_archives");
        Process reference = heal(Samples.copyDatabase("community", dir.resolve("single/thywill.db")), single,
                dir.resolve("single.out"));
        assertThat(reference.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(ArchiveTrees.state(archives).keySet()).as("the same files, none twice under another name")
                .isEqualTo(ArchiveTrees.state(single).keySet());
    }

    private static boolean waiting(Path out) throws Exception {
        return Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8)
                .contains("waits for another heal to finish");
    }

    private Process heal(Path db, Path archives, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.thywill.archive.cli.ThyWillCli",
                "--db", db.toString(), "--archives", archives.toString(), "heal-archives"));
        return new ProcessBuilder(command).directory(db.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
    }

    private static String finish(Process p, Path out) throws Exception {
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the heal finished").isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
