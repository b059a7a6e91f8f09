package org.thywill.archive.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.ArchiveTrees;

/**
 * Scenario (b): {@code heal-archives} (its own JVM) writing the generated community's database into an empty archive
 * tree, and into a partly written one (a seeded share of the files missing, others cut short by their last lines),
 * killed with SIGKILL at a random moment of its run (drawn from the time an uninterrupted run took), then run again to
 * its end. The result is held to the reference: the same heal run once without a crash — the tree byte for byte,
 * the database (rows at archive precision, row counts, archive pointers); every file parses; and the tree imported
 * into an empty database gives back the community at archive precision.
 *
 * <p>Leftovers of the killed run: hidden temp files {@code .<name>.<random>.tmp} beside their targets. They are
 * ignored — never data: the importer, the watcher and {@code validate-archives} skip hidden files — and never get a
 * final name; the trial records how many there were. Every trial starts with such leftovers planted
 * ({@link Leftovers}), so that "ignored" is checked whatever the kill leaves.
 */
class HealCrashTest {

    private static final String EMPTY = "heal-empty";
    private static final String PARTIAL = "heal-partial";

    private static Path partialTree;
    private static ArchivePrecisionSnapshot community;
    private static final Map<String, Reference> REFERENCES = new java.util.HashMap<>();

    private record Reference(Map<String, String> tree, DbState db, KillPlan.Timings timings) {
    }

    @BeforeAll
    static void referenceRuns() throws Exception {
        Path demo = CrashFixtures.demo();
        community = ArchivePrecisionSnapshot.of(demo.resolve("thywill.db"));
        Reference empty = reference(EMPTY, null);
        REFERENCES.put(EMPTY, empty);
        partialTree = CrashFixtures.newRunDir(PARTIAL + "-start").resolve("text_archives");
        cutDown(demo.resolve("text_archives"), partialTree, new Random(CrashSettings.PRAYERS));
        REFERENCES.put(PARTIAL, reference(PARTIAL, partialTree));
    }

    private static Reference reference(String scenario, Path startTree) throws Exception {
        Path dir = prepare(scenario + "-reference", startTree);
        Path tree = dir.resolve("text_archives");
        ThyWillProcess p = ThyWillProcess.start(dir, dir.resolve("heal.log"), heal(dir));
        KillPlan.Timings timings = KillPlan.measure(p, treeChanged(tree), 0, Duration.ofMinutes(15));
        assertThat(TreeState.validationProblems(tree)).isEmpty();
        Path rebuilt = dir.resolve("rebuilt.db");
        ArchiveTrees.importIntoEmpty(tree, rebuilt);
        assertThat(ArchivePrecisionSnapshot.of(rebuilt).prayers()).isEqualTo(community.prayers());
        Reference r = new Reference(TreeState.dataFiles(tree), DbState.of(dir.resolve("thywill.db")), timings);
        System.out.printf("crash %s reference: %d archive files, heal took %d ms, its first write at %d ms%n",
                scenario, r.tree().size(), timings.totalMs(), timings.triggerMs());
        return r;
    }

    @TestFactory
    Stream<DynamicTest> killedWhileHealingAnEmptyTree() {
        return trials(EMPTY);
    }

    @TestFactory
    Stream<DynamicTest> killedWhileHealingAPartlyWrittenTree() {
        return trials(PARTIAL);
    }

    private Stream<DynamicTest> trials(String scenario) {
        return IntStream.rangeClosed(1, CrashSettings.TRIALS)
                .mapToObj(i -> DynamicTest.dynamicTest(scenario + " trial " + i + " (seed " + CrashSettings.SEED + ")",
                        () -> trial(scenario, i)));
    }

    private void trial(String scenario, int trial) throws Exception {
        Reference reference = REFERENCES.get(scenario);
        KillPlan plan = KillPlan.draw(reference.timings(), trial, CrashSettings.trialRandom(scenario, trial));
        CrashJournal.trialStarts(scenario, trial, plan);
        Path dir = prepare(scenario + "-" + trial, scenario.equals(PARTIAL) ? partialTree : null);
        Path tree = dir.resolve("text_archives");
        boolean hit = false;
        String left = "";
        try {
            Leftovers.plantTempFiles(tree);
            ThyWillProcess first = ThyWillProcess.start(dir, dir.resolve("heal-killed.log"), heal(dir));
            plan.awaitKillMoment(first, treeChanged(tree), Duration.ofMinutes(15));
            hit = first.killHard();
            List<String> temps = TreeState.hiddenFiles(tree);
            left = "tree files " + TreeState.countData(tree) + ", hidden temp files " + temps.size();

            ThyWillProcess.runToEnd(dir, dir.resolve("heal-again.log"), heal(dir), 0, Duration.ofMinutes(15));

            assertThat(TreeState.hiddenFiles(tree)).as("hidden files after the second run are the killed run's")
                    .isSubsetOf(temps);
            left += "; after the second run: hidden temp files " + TreeState.hiddenFiles(tree).size();
            assertThat(TreeState.differences(reference.tree(), TreeState.dataFiles(tree)))
                    .as("the archive tree, byte for byte").isEmpty();
            assertThat(TreeState.validationProblems(tree)).as("every archive file parses").isEmpty();
            DbState db = DbState.of(dir.resolve("thywill.db"));
            assertThat(db.rowCounts()).as("exact row counts").isEqualTo(reference.db().rowCounts());
            assertThat(db.pointers()).as("archive pointers").isEqualTo(reference.db().pointers());
            assertThat(db.archivePrecision()).as("the database at archive precision")
                    .isEqualTo(reference.db().archivePrecision());
            Path rebuilt = dir.resolve("rebuilt.db");
            ArchiveTrees.importIntoEmpty(tree, rebuilt);
            assertThat(ArchivePrecisionSnapshot.of(rebuilt)).as("the tree imported into an empty database")
                    .isEqualTo(ArchivePrecisionSnapshot.of(dir.resolve("thywill.db")));
            CrashJournal.record(scenario, trial, plan, hit, left, "ok");
            CrashFixtures.deleteTree(dir);
        } catch (Throwable e) {
            CrashJournal.record(scenario, trial, plan, hit, left, "FAILED (" + dir + "): " + e.getMessage());
            throw e;
        }
    }

    private static Path prepare(String name, Path startTree) throws Exception {
        Path dir = CrashFixtures.newRunDir(name);
        Files.copy(CrashFixtures.demo().resolve("thywill.db"), dir.resolve("thywill.db"));
        if (startTree == null) {
            Files.createDirectories(dir.resolve("text_archives"));
        } else {
            CrashFixtures.copyTree(startTree, dir.resolve("text_archives"));
        }
        return dir;
    }

    /** The trigger of the work window: the tree changed (a temp file, a new file, an append). */
    private static java.util.function.BooleanSupplier treeChanged(Path tree) {
        String before = TreeState.signature(tree);
        return () -> !TreeState.signature(tree).equals(before);
    }

    private static List<String> heal(Path dir) {
        return List.of("heal-archives", "--db", dir.resolve("thywill.db").toString(),
                "--archives", dir.resolve("text_archives").toString(),
                "--backups", dir.resolve("backups").toString());
    }

    /**
     * A partly written copy of {@code from}: about a third of the files left out, and about a quarter of the prayer
     * files that remain cut after a line, losing up to three of their last activity lines (what heal appends back).
     */
    private static void cutDown(Path from, Path to, Random random) throws IOException {
        CrashFixtures.copyTree(from, to);
        for (String rel : new ArrayList<>(TreeState.dataFiles(to).keySet())) {
            Path f = to.resolve(rel);
            double r = random.nextDouble();
            if (r < 0.33) {
                Files.delete(f);
            } else if (r < 0.58 && rel.startsWith("prayers/")) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                int keep = Math.max(lines.indexOf("Activity:") + 1, lines.size() - 1 - random.nextInt(3));
                if (keep <= 0) {
                    continue; // no activity section: nothing heal would append
                }
                Files.writeString(f, String.join("\n", lines.subList(0, keep)) + "\n", StandardCharsets.UTF_8);
            }
        }
    }
}
