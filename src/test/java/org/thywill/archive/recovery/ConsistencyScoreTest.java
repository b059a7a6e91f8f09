package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thywill.archive.recovery.ConsistencyScore.Band;

/** The original's formula and bands (reference §4.10), on measured issues and records. */
class ConsistencyScoreTest {

    @Test
    void noIssuesIsOneHundred() {
        assertThat(ConsistencyScore.of(0, 1540)).isEqualTo(new ConsistencyScore(0, 1540, 100.0, Band.EXCELLENT));
    }

    @Test
    void noRecordsIsOneHundred() {
        assertThat(ConsistencyScore.of(0, 0).score()).isEqualTo(100.0);
    }

    @Test
    void theScoreIsRoundedToTwoPlaces() {
        // 100 - 54 / 1540 * 100 = 96.4935...
        assertThat(ConsistencyScore.of(54, 1540).score()).isEqualTo(96.49);
        // 100 - 1 / 3 * 100 = 66.666...
        assertThat(ConsistencyScore.of(1, 3).score()).isEqualTo(66.67);
    }

    @Test
    void theScoreIsNeverBelowZero() {
        assertThat(ConsistencyScore.of(30, 10).score()).isZero();
        assertThat(ConsistencyScore.of(30, 10).band()).isEqualTo(Band.POOR);
    }

    @Test
    void bandsAndTheirExitCodesAreTheOriginals() {
        assertThat(ConsistencyScore.of(5, 100).band()).isEqualTo(Band.EXCELLENT);
        assertThat(ConsistencyScore.of(6, 100).band()).isEqualTo(Band.GOOD);
        assertThat(ConsistencyScore.of(15, 100).band()).isEqualTo(Band.GOOD);
        assertThat(ConsistencyScore.of(16, 100).band()).isEqualTo(Band.FAIR);
        assertThat(ConsistencyScore.of(30, 100).band()).isEqualTo(Band.FAIR);
        assertThat(ConsistencyScore.of(31, 100).band()).isEqualTo(Band.POOR);
        assertThat(Band.EXCELLENT.exitCode()).isZero();
        assertThat(Band.GOOD.exitCode()).isEqualTo(1);
        assertThat(Band.FAIR.exitCode()).isEqualTo(2);
        assertThat(Band.POOR.exitCode()).isEqualTo(2);
    }
}
