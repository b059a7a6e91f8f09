package org.thywill.archive.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

        Process first = heal(db, archives);
        Process second = heal(db, archives);
        String firstOut = finish(first);
        String secondOut = finish(second);

        assertThat(first.exitValue()).as(firstOut).isZero();
        assertThat(second.exitValue()).as(secondOut).isZero();
        assertThat(firstOut + secondOut).doesNotContain("problem:")
                .contains("waited").contains("for another heal to finish (pid ");
        Path single = Files.createDirectories(dir.resolve("single")).resolve("text_archives");
        Process reference = heal(Samples.copyDatabase("community", dir.resolve("single/thywill.db")), single);
        assertThat(reference.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(ArchiveTrees.state(archives).keySet()).as("the same files, none twice under another name")
                .isEqualTo(ArchiveTrees.state(single).keySet());
    }

    private Process heal(Path db, Path archives) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.thywill.archive.cli.ThyWillCli",
                "--db", db.toString(), "--archives", archives.toString(), "heal-archives"));
        return new ProcessBuilder(command).directory(db.getParent().toFile()).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the heal finished").isTrue();
        return out;
    }
}
