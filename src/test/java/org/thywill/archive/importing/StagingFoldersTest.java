package org.thywill.archive.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (crash harness, issue 8): a drop whose intake was killed left its whole unpacked staging folder under
 * {@code incoming/.staging/} for ever, one more per crash. Now the folders of processes that no longer run are
 * removed when the next drop is staged; live ones are never touched.
 */
class StagingFoldersTest {

    @TempDir
    Path root;

    @Test
    void folderOfAProcessThatNoLongerRunsIsRemoved() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path orphan = root.resolve("community.zip-p" + ended.pid() + "-0a1b2c3d-0000-4000-8000-00000000abcd");
        Files.createDirectories(orphan.resolve("prayers/2024/03"));
        Files.writeString(orphan.resolve("prayers/2024/03/2024_03_01_prayer_at_1000.txt"), "staged\n");

        assertThat(StagingFolders.removeOrphans(root)).containsExactly(orphan);
        assertThat(orphan).doesNotExist();
    }

    @Test
    void foldersOfRunningProcessesAndUnnamedOnesAreKept() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Path mine = StagingFolders.newFolder(root, "mine.zip");
            Path theirs = root.resolve("theirs.zip-p" + other.pid() + "-0a1b2c3d-0000-4000-8000-00000000abcd");
            Path unnamed = root.resolve("old.zip-0a1b2c3d-0000-4000-8000-00000000abcd");
            for (Path p : new Path[] {mine, theirs, unnamed}) {
                Files.createDirectories(p);
                Files.writeString(p.resolve("f.txt"), "x");
            }

            assertThat(StagingFolders.removeOrphans(root)).isEmpty();
            assertThat(mine.resolve("f.txt")).exists();
            assertThat(theirs.resolve("f.txt")).exists();
            assertThat(unnamed.resolve("f.txt")).exists();
            assertThat(mine.getFileName().toString()).startsWith("mine.zip-p" + ProcessHandle.current().pid() + "-");
        } finally {
            other.destroy();
            other.waitFor();
        }
    }
}
