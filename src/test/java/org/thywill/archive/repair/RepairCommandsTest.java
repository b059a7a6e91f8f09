package org.thywill.archive.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.cli.CliRunner;

/** {@code thywill repair-archives} and {@code thywill reconstruct-from-archives} end to end, through their routes. */
class RepairCommandsTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(RepairFixture f, String... args) {
        f.close(); // the command opens the database itself
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = f.db.toString();
        all[2] = "--archives";
        all[3] = f.archives.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRunner.run(all);
    }

    @Test
    void repairArchivesListsRepairsAndASecondRunRepairsNothing() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            SplitPrayerRepairTest.split(f);

            CliRunner.Result dry = run(f, "repair-archives", "--dry-run", "--json");
            assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
            assertThat(Files.exists(f.file(SplitPrayerRepairTest.SECOND))).isTrue();
            JsonNode d = new ObjectMapper().readTree(dry.out());
            assertThat(d.at("/dryRun").asBoolean()).isTrue();
            assertThat(d.at("/kinds/split_prayers/repaired").asInt()).isEqualTo(1);
            assertThat(d.at("/changes/0/kind").asText()).isEqualTo("split_prayers");

            CliRunner.Result real = run(f, "repair-archives");
            assertThat(real.exitCode()).as(real.out() + real.err()).isZero();
            assertThat(real.out()).contains("repaired split_prayers " + SplitPrayerRepairTest.THIRD + ": prayer "
                    + SplitPrayerRepairTest.ID, "split_prayers: 1 repaired, 0 not repairable", "merged copies were moved"
                    + " into .repaired/");
            assertThat(Files.exists(f.file(SplitPrayerRepairTest.SECOND))).isFalse();

            CliRunner.Result again = run(f, "repair-archives");
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).contains("split_prayers: 0 repaired, 0 not repairable").doesNotContain("repaired "
                    + "split_prayers");
        }
    }

    @Test
    void somethingNotRepairableMakesTheExitCodeOne() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            f.write("prayers/2024/06/2024_06_01_prayer_at_0900.txt", "June 01 2024 at 09:05 - Pat prayed this prayer\n");

            CliRunner.Result r = run(f, "repair-archives");

            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("problem: headerless_files prayers/2024/06/2024_06_01_prayer_at_0900.txt: no"
                    + " `Prayer <id> by <author>` header");
        }
    }

    @Test
    void reconstructFromArchivesRestoresUsersAndADryRunChangesNothing() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            ReconstructTest.damage(f);
            java.util.List<String> damaged = f.rows(ReconstructTest.USERS);

            CliRunner.Result dry = run(f, "reconstruct-from-archives", "--dry-run");
            assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
            assertThat(dry.out()).contains("Dry run: rolled back", "user created: Mary (created_at 2024-02-29",
                    "2 users created, 5 inviter links");
            assertThat(f.rows(ReconstructTest.USERS)).isEqualTo(damaged);

            CliRunner.Result real = run(f, "reconstruct-from-archives", "--json");
            assertThat(real.exitCode()).as(real.out() + real.err()).isZero();
            assertThat(real.out()).contains("\"usersCreated\":[\"Mary (created_at");
            assertThat(f.rows("SELECT count(*) FROM \"user\"")).containsExactly("6");
        }
    }
}
