package org.thywill.archive.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One holder at a time, in this JVM; who holds it is written in the file. (Other processes: ReplacementLockTest.) */
class ProcessLockTest {

    @TempDir
    Path dir;

    @Test
    void whileHeldATryIsRefusedAndTheFileNamesTheHolder() throws Exception {
        Path file = dir.resolve("thywill.db-heal.lock");
        try (ProcessLock held = ProcessLock.tryAcquire(file, "heal-archives").orElseThrow()) {
            assertThat(ProcessLock.tryAcquire(file, "sync-users")).isEmpty();
            assertThat(ProcessLock.holderOf(file)).startsWith("pid " + ProcessHandle.current().pid()
                    + ": heal-archives since ");
        }
        try (ProcessLock again = ProcessLock.tryAcquire(file, "sync-users").orElseThrow()) {
            assertThat(ProcessLock.holderOf(file)).contains(": sync-users since ").doesNotContain("heal-archives");
        }
        assertThat(file).exists();
    }

    @Test
    void aWaiterHearsWhoHoldsItAndGetsItWhenTheHolderLetsGo() throws Exception {
        Path file = dir.resolve("thywill.db-heal.lock");
        List<String> heard = new CopyOnWriteArrayList<>();
        ProcessLock first = ProcessLock.tryAcquire(file, "the scheduled heal").orElseThrow();
        CompletableFuture<ProcessLock> second = CompletableFuture.supplyAsync(() -> {
            try {
                return ProcessLock.acquire(file, "a heal from the command line", heard::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
        assertThat(heard).singleElement().asString().contains(": the scheduled heal since ");
        assertThat(second).isNotDone();

        first.close();
        try (ProcessLock got = second.get(10, TimeUnit.SECONDS)) {
            assertThat(ProcessLock.holderOf(file)).contains(": a heal from the command line since ");
        }
    }

    @Test
    void aLockFreeAtOnceIsTakenWithoutWaiting() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        ProcessLock.acquire(dir.resolve("x.lock"), "alone", heard::add).close();
        assertThat(heard).isEmpty();
    }

    @Test
    void aHolderThatNeverLetGoIsNamedToTheNextOne() throws Exception {
        Path file = dir.resolve("thywill.db-heal.lock");
        ProcessLock.tryAcquire(file, "a heal that ends").orElseThrow().close();
        try (ProcessLock next = ProcessLock.tryAcquire(file, "the next heal").orElseThrow()) {
            assertThat(next.abandonedBy()).as("the last one let go").isEmpty();
        }
        // what a holder killed by SIGKILL leaves: its line, and no lock (the OS dropped it with the process)
        Files.writeString(file, "pid 999999: heal-archives of /srv/text_archives since 2026-11-22T10:00:00Z\n");
        try (ProcessLock next = ProcessLock.tryAcquire(file, "the heal after the crash").orElseThrow()) {
            assertThat(next.abandonedBy()).hasValue("pid 999999: heal-archives of /srv/text_archives since"
                    + " 2026-11-22T10:00:00Z");
        }
        assertThat(file).isEmptyFile();
    }

    @Test
    void aWaiterThatComesBetweenAnotherProcesssLockAndItsLineStillHearsWhoItIs() throws Exception {
        Path file = dir.resolve("thywill.db-heal.lock");
        List<String> heard = new CopyOnWriteArrayList<>();
        Process other = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowLockHolder.class.getName(), file.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(other.getOutputStream(),
                StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertThat(file).isEmptyFile();
            CompletableFuture<ProcessLock> waiter = CompletableFuture.supplyAsync(() -> {
                try {
                    return ProcessLock.acquire(file, "a heal from the command line", heard::add);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            in.write("pid " + other.pid() + ": the scheduled heal\n");
            in.flush();
            assertThat(out.readLine()).isEqualTo("written");
            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
            assertThat(heard).containsExactly("pid " + other.pid() + ": the scheduled heal");

            in.close();
            try (ProcessLock got = waiter.get(30, TimeUnit.SECONDS)) {
                assertThat(ProcessLock.holderOf(file)).contains(": a heal from the command line since ");
            }
        } finally {
            other.destroyForcibly();
        }
    }
}
