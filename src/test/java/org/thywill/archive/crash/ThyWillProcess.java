package org.thywill.archive.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI ({@code org.thywill.archive.cli.ThyWillCli}) in a JVM of its own, on this test JVM's class path, with the
 * launcher's heap ({@code -Xmx256m}); stdout and stderr go to a log file. {@link #killHard()} is the crash: SIGKILL,
 * which the JVM cannot catch (no shutdown hook, no finally block runs).
 */
final class ThyWillProcess {

    /** The exit status of a process ended by SIGKILL (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final Path log;
    private final long startedNanos = System.nanoTime();

    private ThyWillProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ThyWillProcess start(Path workDir, Path log, List<String> cliArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseParallelGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.thywill.archive.cli.ThyWillCli");
        command.addAll(cliArgs);
        Files.createDirectories(workDir);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ThyWillProcess(pb.start(), log);
    }

    /** Runs a command to its end; fails unless it exits with {@code expectedExit}. */
    static Duration runToEnd(Path workDir, Path log, List<String> cliArgs, int expectedExit, Duration timeout)
            throws IOException, InterruptedException {
        ThyWillProcess p = start(workDir, log, cliArgs);
        int exit = p.waitFor(timeout);
        if (exit != expectedExit) {
            throw new AssertionError("thywill " + String.join(" ", cliArgs) + " exited " + exit + ", expected "
                    + expectedExit + "\n" + p.logTail(40));
        }
        return p.elapsed();
    }

    long pid() {
        return process.pid();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL ({@link Process#destroyForcibly()} sends SIGKILL on Linux; the exit status proves it).
     *
     * @return whether the process was still running when killed (false: it had already ended)
     */
    boolean killHard() throws InterruptedException {
        if (!process.isAlive()) {
            process.waitFor();
            return false;
        }
        process.destroyForcibly();
        int exit = process.waitFor();
        if (exit != KILLED_BY_SIGKILL && exit != 0 && exit != 1 && exit != 3) {
            throw new AssertionError("killed process exited " + exit + ", not by SIGKILL (137)");
        }
        return exit == KILLED_BY_SIGKILL;
    }

    /** The exit status of a JVM that ran its shutdown hooks on SIGTERM (128 + 15). */
    static final int ENDED_BY_SIGTERM = 143;

    /** SIGTERM (a graceful stop, as Ctrl-C); fails unless the service shut down cleanly. */
    void stopGracefully(Duration timeout) throws InterruptedException, IOException {
        process.destroy();
        int exit = waitFor(timeout);
        if ((exit != 0 && exit != ENDED_BY_SIGTERM) || !logContains("is shutdown")) {
            throw new AssertionError("the service did not shut down cleanly (exit " + exit + ")\n" + logTail(40));
        }
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError("process did not end within " + timeout + "\n" + logTail(40));
        }
        return process.exitValue();
    }

    /**
     * Polls {@code trigger} (every few milliseconds) until it holds or the process ends.
     *
     * @return milliseconds since the start when it held, or -1 when the process ended first
     */
    long awaitTrigger(java.util.function.BooleanSupplier trigger, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!trigger.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                return -1;
            }
            Thread.sleep(2);
        }
        return elapsed().toMillis();
    }

    boolean logContains(String text) throws IOException {
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text);
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- " + log + " (last " + lines + " lines) ---\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
