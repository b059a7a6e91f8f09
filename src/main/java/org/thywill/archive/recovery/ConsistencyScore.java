package org.thywill.archive.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The original's consistency score and bands (reference thywill-operations.md §4.10), computed from what was
 * measured: {@code max(0, 100 − issues ÷ records × 100)}, rounded to 2 places, 100 when there are no records.
 * Unlike the original's (which counted orphans and paths against users + prayers + marks, and found almost no
 * archive users, §9 item 17), the issues are every row that is not the same in the database and in the archives,
 * in every kind they carry, plus orphans; the records are every row of those kinds seen on either side.
 *
 * @param issues  rows that differ (only in the database, only in the archives, or with other values) and orphans
 * @param records rows of the kinds compared, each counted once
 * @param score   the score
 * @param band    its band
 */
public record ConsistencyScore(long issues, long records, double score, Band band) {

    /** The original's bands and the exit codes it gives them. */
    public enum Band {
        EXCELLENT(95, 0), GOOD(85, 1), FAIR(70, 2), POOR(0, 2);

        private final double from;
        private final int exitCode;

        Band(double from, int exitCode) {
            this.from = from;
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }

        static Band of(double score) {
            for (Band b : values()) {
                if (score >= b.from) {
                    return b;
                }
            }
            return POOR;
        }
    }

    public static ConsistencyScore of(long issues, long records) {
        double score;
        if (records == 0) {
            score = issues == 0 ? 100.0 : 0.0;
        } else {
            BigDecimal raw = BigDecimal.valueOf(100).subtract(BigDecimal.valueOf(issues).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(records), 10, RoundingMode.HALF_UP));
            score = raw.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP).doubleValue();
        }
        return new ConsistencyScore(issues, records, score, Band.of(score));
    }
}
