package org.thywill.archive.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code thywill run} in its own JVM on a trial folder's database and archive tree, with the harness's settings. */
final class RunningServiceProcess {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private RunningServiceProcess() {
    }

    /** Starts the service and waits until Camel reports it started. */
    static ThyWillProcess start(Path dir, String logName) throws IOException, InterruptedException {
        ThyWillProcess p = ThyWillProcess.start(dir, dir.resolve(logName), List.of("run",
                "--db", dir.resolve("thywill.db").toString(),
                "--archives", dir.resolve("text_archives").toString(),
                "--backups", dir.resolve("backups").toString(),
                "--config", CrashFixtures.serviceConfig(dir).toString()));
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!p.logContains(") started in ")) {
            if (!p.isAlive()) {
                throw new AssertionError("the service ended while starting\n" + p.logTail(60));
            }
            if (System.nanoTime() > deadline) {
                p.killHard();
                throw new AssertionError("the service did not start within " + STARTUP + "\n" + p.logTail(60));
            }
            Thread.sleep(100);
        }
        return p;
    }
}
