package org.thywill.archive.crash;

import java.util.Random;

/**
 * The harness's knobs, from system properties ({@code mvn -B verify -Dcrash.trials=20 -Dcrash.seed=42}):
 * <ul>
 *   <li>{@code crash.trials}: trials per scenario (default 1, what CI runs: four scenarios, each a reference JVM and
 *       per trial two more, killed and run again, besides the generated fixture; {@code bench/crash.sh} runs 8 per
 *       scenario);</li>
 *   <li>{@code crash.seed}: the seed every trial's kill moment is drawn from (default: the clock; always printed):
 *       each trial's {@link Random} is seeded from it, its scenario and its number; the window the moment is drawn
 *       from is measured in each run, so a replay repeats a kill as far as the machine repeats its timings;</li>
 *   <li>{@code crash.prayers}: size of the generated community (default 150 prayers; {@code bench/crash.sh} uses
 *       more) — the ZIP holds one file per prayer plus the monthly and user files;</li>
 *   <li>{@code crash.backup-mb}: the database the backup scenario backs up is padded to at least this size
 *       (default 16 MB).</li>
 * </ul>
 */
final class CrashSettings {

    static final int TRIALS = Integer.getInteger("crash.trials", 1);
    static final long SEED = Long.getLong("crash.seed", System.currentTimeMillis());
    static final int PRAYERS = Integer.getInteger("crash.prayers", 150);
    static final int BACKUP_MB = Integer.getInteger("crash.backup-mb", 16);

    private CrashSettings() {
    }

    /** Trial {@code i}'s own random source: the same seed and trial give the same kill moment. */
    static Random trialRandom(String scenario, int trial) {
        return new Random(SEED + 1_000_003L * scenario.hashCode() + trial);
    }
}
