package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other processes that have a database open without holding a lock on it are seen (Linux). */
class OtherOpenersTest {

    @TempDir
    Path dir;

    @Test
    void aProcessThatOnlyHasTheFileOpenIsSeen() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        Path db = dir.resolve("thywill.db");
        Files.writeString(db, "any content");
        assertThat(OtherOpeners.of(db)).isEmpty();
        Process sleep = new ProcessBuilder("sleep", "60").redirectInput(db.toFile()).start();
        try {
            assertThat(OtherOpeners.of(db)).containsExactly("process " + sleep.pid() + " (sleep 60)");
        } finally {
            sleep.destroy();
            sleep.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(OtherOpeners.of(db)).isEmpty();
    }

    @Test
    void aConnectionOfAnotherProcessThatSwitchedTheFileToWalIsSeenThoughItHoldsNoLockOnTheFile() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        Assumptions.assumeTrue(commandExists("sqlite3"), "the sqlite3 command");
        Path db = dir.resolve("thywill.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        Process sqlite = new ProcessBuilder("sqlite3", db.toString()).redirectErrorStream(true).start();
        try (OutputStream in = sqlite.getOutputStream()) {
            in.write("PRAGMA journal_mode=WAL;\nINSERT INTO t VALUES (1);\n.print ready\n"
                    .getBytes(StandardCharsets.UTF_8));
            in.flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("thywill.db-shm")));
            assertThat(OtherOpeners.of(db)).contains("a connection that has its WAL index (thywill.db-shm) open")
                    .anySatisfy(d -> assertThat(d).startsWith("process " + sqlite.pid() + " (sqlite3 "));
        } finally {
            sqlite.waitFor(10, TimeUnit.SECONDS);
            sqlite.destroy();
        }
    }

    static boolean commandExists(String name) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(p, name))) {
                return true;
            }
        }
        return false;
    }
}
