package org.thywill.archive.crash;

import java.time.Duration;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * When a one-shot command is killed. Its reference run (uninterrupted) gives two windows: the whole run, from the
 * JVM's start (startup, reading, writing), and the work window, from a trigger the command's first write makes
 * visible (a temp file appears) to its end. Odd trials draw the kill moment uniformly from the whole run, even ones
 * from the work window, so that kills land both before and during the writes.
 *
 * @param window   {@code run} or {@code work}
 * @param delayMs  how long after the window opens the kill comes
 * @param windowMs the window's length
 */
record KillPlan(String window, long delayMs, long windowMs) {

    /** A reference run's timings: total, and when the trigger held (-1: never). */
    record Timings(long totalMs, long triggerMs) {
    }

    static Timings measure(ThyWillProcess p, BooleanSupplier trigger, int expectedExit, Duration timeout)
            throws InterruptedException {
        long triggerMs = p.awaitTrigger(trigger, timeout);
        int exit = p.waitFor(timeout);
        if (exit != expectedExit) {
            throw new AssertionError("reference run exited " + exit + "\n" + p.logTail(40));
        }
        return new Timings(p.elapsed().toMillis(), triggerMs);
    }

    static KillPlan draw(Timings reference, int trial, Random random) {
        if (trial % 2 == 0 && reference.triggerMs() >= 0) {
            long w = Math.max(1, reference.totalMs() - reference.triggerMs());
            return new KillPlan("work", random.nextLong(w + 1), w);
        }
        return new KillPlan("run", random.nextLong(reference.totalMs() + 1), reference.totalMs());
    }

    /** Waits for the window to open (the trigger, in a work window), then for the delay; then it is time to kill. */
    void awaitKillMoment(ThyWillProcess p, BooleanSupplier trigger, Duration timeout) throws InterruptedException {
        if (window.equals("work") && p.awaitTrigger(trigger, timeout) < 0) {
            return; // ended before the trigger: the kill finds it gone
        }
        Thread.sleep(delayMs);
    }
}
