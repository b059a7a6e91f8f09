package org.thywill.archive.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.thywill.archive.testing.Zips;

/**
 * Scenario (a): a large ZIP (the generated community's whole archive tree) dropped into the drop folder of a
 * running service ({@code thywill run}, its own JVM); the service is killed with SIGKILL at a random moment of the
 * intake (drawn from the time an uninterrupted intake took), started again and left to finish; then it is stopped
 * (SIGTERM) and the result is held to the reference: the same ZIP taken once without a crash.
 *
 * <p>Leftovers of the killed run. Its staging folder ({@code incoming/.staging/<name>-p<pid>-<uuid>/}, the whole
 * unpacked ZIP) is cleaned: the restarted intake removes the staging folders of processes that no longer run (this
 * harness found them left for ever, one per crash). The hidden temp files of an interrupted merge
 * ({@code .<name>.<random>.tmp}) are ignored: never data, never given a final name. Camel's {@code .camelLock}
 * marker is deleted by Camel when the consumer starts again (orphan locks). A ZIP the kill caught before it was
 * moved is taken again, whole. The trial checks each. Every trial starts with such leftovers planted
 * ({@link Leftovers}), so that they are checked whatever the kill leaves.
 */
class ZipDropCrashTest {

    private static final String SCENARIO = "zip-drop";
    private static final Duration FINISH = Duration.ofMinutes(15);

    private static Path zip;
    private static Reference reference;

    private record Reference(DbState db, Map<String, String> tree, long dropMillis) {
    }

    @BeforeAll
    static void referenceRun() throws Exception {
        Path demo = CrashFixtures.demo();
        Path dir = CrashFixtures.newRunDir(SCENARIO + "-reference");
        zip = Zips.zipTree(demo.resolve("text_archives"), "complete_site_archive/", dir.resolve("community.zip"));
        ThyWillProcess service = RunningServiceProcess.start(dir, "service.log");
        long t0 = System.nanoTime();
        drop(dir);
        awaitTaken(dir, service);
        long dropMillis = (System.nanoTime() - t0) / 1_000_000;
        service.stopGracefully(Duration.ofMinutes(2));
        Path tree = dir.resolve("text_archives");
        assertThat(TreeState.validationProblems(tree)).isEmpty();
        Map<String, String> files = TreeState.dataFiles(tree);
        assertThat(files).hasSizeGreaterThan(CrashSettings.PRAYERS);
        reference = new Reference(DbState.of(dir.resolve("thywill.db")), files, dropMillis);
        assertThat(reference.db().rowCounts().get("prayer")).isEqualTo(CrashSettings.PRAYERS);
        System.out.printf("crash %s reference: %d archive files, intake took %d ms%n", SCENARIO, files.size(),
                dropMillis);
    }

    @TestFactory
    Stream<DynamicTest> killedDuringIntakeThenRestarted() {
        return IntStream.rangeClosed(1, CrashSettings.TRIALS)
                .mapToObj(i -> DynamicTest.dynamicTest(SCENARIO + " trial " + i + " (seed " + CrashSettings.SEED + ")",
                        () -> trial(i)));
    }

    private void trial(int trial) throws Exception {
        Random random = CrashSettings.trialRandom(SCENARIO, trial);
        long window = reference.dropMillis();
        KillPlan plan = new KillPlan("intake", random.nextLong(window + 1), window);
        CrashJournal.trialStarts(SCENARIO, trial, plan);
        Path dir = CrashFixtures.newRunDir(SCENARIO + "-" + trial);
        Path tree = dir.resolve("text_archives");
        Path incoming = tree.resolve("incoming");
        boolean hit = false;
        String left = "";
        try {
            Leftovers.plantTempFiles(tree);
            Leftovers.plantStagingFolder(incoming);
            ThyWillProcess first = RunningServiceProcess.start(dir, "service-killed.log");
            drop(dir);
            Thread.sleep(plan.delayMs());
            hit = first.killHard();
            left = describeLeftovers(dir);

            ThyWillProcess second = RunningServiceProcess.start(dir, "service-restarted.log");
            awaitTaken(dir, second);
            second.stopGracefully(Duration.ofMinutes(2));

            List<String> done = listNames(incoming.resolve(".done"));
            assertThat(done).as("the ZIP was taken once, whole, into .done/").hasSize(1);
            Path taken = incoming.resolve(".done").resolve(done.get(0));
            assertThat(TreeState.sha256(taken)).isEqualTo(TreeState.sha256(zip));
            try (ZipFile z = new ZipFile(taken.toFile())) {
                assertThat(z.size()).isEqualTo(reference.tree().size());
            }
            assertThat(listNames(incoming.resolve(".failed"))).as(".failed/").isEmpty();
            assertThat(listNames(incoming)).as("nothing left in the drop folder").isEmpty();
            assertThat(TreeState.filesEndingWith(dir, ".camelLock")).as("Camel lock markers").isEmpty();
            assertThat(TreeState.allFiles(incoming.resolve(".staging")))
                    .as("staging folders of the killed run are removed by the next intake").isEmpty();
            left += "; after restart: hidden temp files " + TreeState.filesEndingWith(tree, ".tmp").size();

            assertThat(TreeState.differences(reference.tree(), TreeState.dataFiles(tree)))
                    .as("the archive tree, byte for byte").isEmpty();
            assertThat(TreeState.validationProblems(tree)).as("every archive file parses").isEmpty();
            DbState db = DbState.of(dir.resolve("thywill.db"));
            assertThat(db.rowCounts()).as("exact row counts").isEqualTo(reference.db().rowCounts());
            assertThat(db.archivePrecision()).as("the database at archive precision")
                    .isEqualTo(reference.db().archivePrecision());
            CrashJournal.record(SCENARIO, trial, plan, hit, left, "ok");
            CrashFixtures.deleteTree(dir);
        } catch (Throwable e) {
            CrashJournal.record(SCENARIO, trial, plan, hit, left, "FAILED (" + dir + "): " + e.getMessage());
            throw e;
        }
    }

    /** Copies the ZIP beside the drop folder under a hidden name, then renames it in: it appears whole. */
    private static void drop(Path dir) throws IOException {
        Path incoming = dir.resolve("text_archives").resolve("incoming");
        Files.createDirectories(incoming);
        Path part = incoming.resolve(".community.zip.part");
        Files.copy(zip, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, incoming.resolve("community.zip"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitTaken(Path dir, ThyWillProcess service) throws Exception {
        Path incoming = dir.resolve("text_archives").resolve("incoming");
        long deadline = System.nanoTime() + FINISH.toNanos();
        while (listNames(incoming.resolve(".done")).isEmpty()) {
            if (!listNames(incoming.resolve(".failed")).isEmpty()) {
                throw new AssertionError("the drop failed: " + listNames(incoming.resolve(".failed")) + "\n"
                        + readErrors(incoming.resolve(".failed")) + service.logTail(40));
            }
            if (!service.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the drop was not taken (service alive: " + service.isAlive() + ")\n"
                        + service.logTail(60));
            }
            Thread.sleep(100);
        }
    }

    private static String describeLeftovers(Path dir) {
        Path tree = dir.resolve("text_archives");
        Path incoming = tree.resolve("incoming");
        String zipState = Files.exists(incoming.resolve("community.zip")) ? "zip-in-incoming"
                : listNames(incoming.resolve(".done")).isEmpty() ? "zip-in-flight" : "zip-done";
        return zipState + ", tree files " + TreeState.countData(tree) + ", staged files "
                + TreeState.allFiles(incoming.resolve(".staging")).size() + ", hidden temp files "
                + TreeState.filesEndingWith(tree, ".tmp").size() + ", lock markers "
                + TreeState.filesEndingWith(dir, ".camelLock").size();
    }

    private static List<String> listNames(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readErrors(Path failed) throws IOException {
        List<String> out = new ArrayList<>();
        for (String n : listNames(failed)) {
            if (n.endsWith(".error.txt")) {
                out.add(Files.readString(failed.resolve(n)));
            }
        }
        return String.join("\n", out);
    }
}
