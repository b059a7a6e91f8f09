package org.thywill.archive.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the temp files of processes that no longer run are removed. */
class AbandonedTempsTest {

    @TempDir
    Path dir;

    @Test
    void aDeadWritersTempFilesGoAndEverythingElseStays() throws Exception {
        long dead = deadPid();
        long me = ProcessHandle.current().pid();
        Path month = Files.createDirectories(dir.resolve("prayers/2024/03"));
        Path abandoned = Files.writeString(month.resolve(".2024_03_01_prayer_at_1000.txt." + dead + "-00c0ffee00c0ffee.tmp"), "half");
        Path deep = Files.writeString(Files.createDirectories(dir.resolve("users")).resolve(".2024_01_users.txt."
                + dead + "-0badf00d0badf00d.tmp"), "half");
        Path mine = Files.writeString(month.resolve(".2024_03_01_prayer_at_1001.txt." + me + "-00c0ffee00c0ffee.tmp"), "being written");
        Path unnamed = Files.writeString(month.resolve(".2024_03_01_prayer_at_1002.txt.00c0ffee00c0ffee.tmp"), "no pid: not ours to judge");
        Path data = Files.writeString(month.resolve("2024_03_01_prayer_at_1000.txt"), "a prayer file");

        assertThat(AbandonedTemps.removeUnder(dir)).containsExactlyInAnyOrder(
                dir.relativize(abandoned).toString(), dir.relativize(deep).toString());
        assertThat(abandoned).doesNotExist();
        assertThat(deep).doesNotExist();
        assertThat(mine).exists();
        assertThat(unnamed).exists();
        assertThat(data).hasContent("a prayer file");
        assertThat(AbandonedTemps.removeUnder(dir)).isEmpty();
    }

    @Test
    void aTempFileOfDurableFilesCarriesItsWriter() throws Exception {
        Path temp = DurableFiles.createTemp(dir, "2024_01_users.txt");
        assertThat(DurableFiles.writerOf(temp.getFileName().toString())).hasValue(ProcessHandle.current().pid());
        assertThat(DurableFiles.writerOf("2024_01_users.txt")).isEmpty();
        assertThat(AbandonedTemps.removeUnder(dir)).isEmpty();
        assertThat(AbandonedTemps.removeUnder(dir.resolve("no such folder"))).isEmpty();
    }

    /** The pid of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.pid();
    }
}
