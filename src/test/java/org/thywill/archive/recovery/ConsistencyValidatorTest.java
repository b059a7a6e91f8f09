package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.recovery.ConsistencyScore.Band;

/** {@code validate-consistency} without {@code --fix} (the fix is a route: see the CLI test). */
class ConsistencyValidatorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void eachSampleScoresOneHundred(String sample) throws Exception {
        RecoveryFixture f = RecoveryFixture.copy(sample, dir);
        ConsistencyReport r = new ConsistencyValidator(f.settings()).validate(null);
        assertThat(r.score()).isEqualTo(new ConsistencyScore(0, sample.equals("tiny") ? 111 : 1540, 100.0,
                Band.EXCELLENT));
        assertThat(r.exitCode()).isZero();
        assertThat(r.integrity()).isEqualTo(new DatabaseIntegrity(0, 0, 0, 0, java.util.List.of()));
        assertThat(f.tempEntries()).isZero();
    }

    @Test
    void orphansAndPointersAreMeasuredAndOrphansCountAsIssues() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        f.sql("INSERT INTO prayermark VALUES ('ghost-mark', 'Ghost', 'dc7ac1bc9d464544b11be1fd649b5ff4',"
                + " '2024-03-01 10:00:00', NULL)");
        f.sql("UPDATE user SET text_file_path = NULL WHERE display_name = 'Mary'");
        f.sql("UPDATE prayer SET text_file_path = 'text_archives/prayers/2024/02/gone.txt'"
                + " WHERE id = 'dc7ac1bc9d464544b11be1fd649b5ff4'");

        ConsistencyReport r = new ConsistencyValidator(f.settings()).validate(null);

        DatabaseIntegrity i = r.integrity();
        assertThat(i.orphanedMarks()).isEqualTo(1);
        assertThat(i.orphanedPrayers()).isZero();
        assertThat(i.missingPaths()).isEqualTo(1);
        assertThat(i.brokenPaths()).isEqualTo(1);
        assertThat(i.examples()).containsExactly(
                "mark on prayer dc7ac1bc9d464544b11be1fd649b5ff4: user 'Ghost' is no user",
                "user Mary: no text_file_path",
                "prayer dc7ac1bc9d464544b11be1fd649b5ff4: text_file_path 'text_archives/prayers/2024/02/gone.txt'"
                        + " names no file under " + f.archives());
        // the mark is only in the database; the two pointers differ from the rebuilt rows; the orphan counts too
        assertThat(r.comparison().differences()).isEqualTo(3);
        assertThat(r.score().issues()).isEqualTo(4);
        assertThat(r.score().records()).isEqualTo(112);
        assertThat(r.score().score()).isEqualTo(96.43);
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void aTreeThatLostItsUsersAndSessionsIsOnlyGood() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        deleteTree(f.archives().resolve("users"));
        deleteTree(f.archives().resolve("sessions"));
        ConsistencyReport r = new ConsistencyValidator(f.settings()).validate(null);
        KindDiff users = r.comparison().kinds().get(0);
        assertThat(users.onlyInDatabase()).isEqualTo(6);
        assertThat(r.comparison().kinds().stream().filter(k -> k.kind().equals("sessions")).findFirst().orElseThrow()
                .onlyInDatabase()).isEqualTo(7);
        assertThat(r.score().band()).isNotEqualTo(Band.EXCELLENT);
        assertThat(r.exitCode()).isEqualTo(r.score().band().exitCode()).isPositive();
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        try (var s = java.nio.file.Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(x);
            }
        }
    }
}
