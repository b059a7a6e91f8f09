package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One replacement of a live database at a time, in this JVM and across processes. */
class ReplacementLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondReplacementInThisProcessIsRefusedUntilTheFirstEnds() throws Exception {
        Path db = dir.resolve("thywill.db");
        try (ReplacementLock first = ReplacementLock.acquire(db, "full-recovery")) {
            assertThat(ReplacementLock.file(db)).isEqualTo(dir.resolve("thywill.db-replace.lock")).exists();
            assertThatThrownBy(() -> ReplacementLock.acquire(db, "restore")).isInstanceOf(ReplacementLock.Busy.class)
                    .hasMessageStartingWith("another replacement of " + db + " is running (pid "
                            + ProcessHandle.current().pid() + ": full-recovery since ");
        }
        ReplacementLock.acquire(db, "restore").close();
    }

    @Test
    void aRefusalInThisProcessDoesNotLoosenTheLockForAnotherProcess() throws Exception {
        Path db = dir.resolve("thywill.db");
        try (ReplacementLock first = ReplacementLock.acquire(db, "full-recovery")) {
            assertThatThrownBy(() -> ReplacementLock.acquire(db, "restore")).isInstanceOf(ReplacementLock.Busy.class);

            Process other = holdInAnotherProcess(db);
            other.getOutputStream().close(); // had it taken the lock, it lets go again at once
            try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("the other process was refused").isNotEqualTo("held")
                        .contains("another replacement of " + db + " is running (pid " + ProcessHandle.current().pid()
                                + ": full-recovery since ");
            } finally {
                assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(other.exitValue()).isNotZero();
        }
    }

    @Test
    void anotherDatabaseIsNotHeldBack() throws Exception {
        try (ReplacementLock one = ReplacementLock.acquire(dir.resolve("one.db"), "restore");
             ReplacementLock two = ReplacementLock.acquire(dir.resolve("two.db"), "restore")) {
            assertThat(ReplacementLock.file(dir.resolve("two.db"))).exists();
        }
    }

    @Test
    void aReplacementInAnotherProcessIsRefusedNamingItsPidUntilItEnds() throws Exception {
        Path db = dir.resolve("thywill.db");
        Process holder = holdInAnotherProcess(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("held");

            assertThatThrownBy(() -> ReplacementLock.acquire(db, "full-recovery"))
                    .isInstanceOf(ReplacementLock.Busy.class)
                    .hasMessageStartingWith("another replacement of " + db + " is running (pid " + holder.pid()
                            + ": restore since ");

            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        ReplacementLock.acquire(db, "full-recovery").close();
    }

    @Test
    void aHolderKilledHardLeavesNoLockBehind() throws Exception {
        Path db = dir.resolve("thywill.db");
        Process holder = holdInAnotherProcess(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("held");
            assertThatThrownBy(() -> ReplacementLock.acquire(db, "restore")).isInstanceOf(ReplacementLock.Busy.class);

            holder.destroyForcibly(); // SIGKILL: no finally block runs in the holder
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        ReplacementLock.acquire(db, "restore").close();
    }

    /** A JVM that takes the replacement lock of {@code db} ("restore"), says "held", and keeps it until its input closes. */
    private static Process holdInAnotherProcess(Path db) throws Exception {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ReplacementLockHolder.class.getName(), db.toString()))
                .redirectErrorStream(true).start();
    }
}
