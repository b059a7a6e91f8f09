package org.thywill.archive.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One line per trial, printed and appended to {@code target/crash-trials.tsv} (or {@code -Dcrash.journal=FILE}):
 * scenario, trial, seed, kill window (its name), kill delay and window length (ms), whether the kill hit a running
 * process, what the kill left behind, and the outcome. {@code bench/crash.sh} summarises it.
 */
final class CrashJournal {

    static final Path FILE = Path.of(System.getProperty("crash.journal", "target/crash-trials.tsv"));

    private CrashJournal() {
    }

    static void trialStarts(String scenario, int trial, KillPlan plan) {
        System.out.printf("crash trial %s #%d: -Dcrash.seed=%d kill %d ms into the %s window (%d ms)%n", scenario,
                trial, CrashSettings.SEED, plan.delayMs(), plan.window(), plan.windowMs());
    }

    static synchronized void record(String scenario, int trial, KillPlan plan, boolean hit, String leftBehind,
                                    String outcome) {
        String line = String.join("\t", scenario, Integer.toString(trial), Long.toString(CrashSettings.SEED),
                plan.window(), Long.toString(plan.delayMs()), Long.toString(plan.windowMs()),
                hit ? "killed" : "already-ended", leftBehind,
                outcome.replace('\t', ' ').replace('\n', ' '));
        System.out.println("crash result: " + line);
        try {
            if (FILE.getParent() != null) {
                Files.createDirectories(FILE.getParent());
            }
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
