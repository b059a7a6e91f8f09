package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** {@code thywill heal-archives} and {@code thywill sync-users} end to end, through their routes. */
class HealArchivesCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDryRunListsWhatTheRealRunDoesAndASecondRunHealsNothing() throws Exception {
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        delete(archives.resolve("prayers"));
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));

        CliHarness dry = run(archives, "heal-archives", "--dry-run", "--json");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(Files.exists(archives.resolve("prayers"))).isFalse();
        JsonNode d = Json.MAPPER.readTree(dry.out());
        assertThat(d.at("/dryRun").asBoolean()).isTrue();
        assertThat(d.at("/kinds/prayers/created").asInt()).isEqualTo(15);

        CliHarness real = run(archives, "heal-archives", "--json");
        assertThat(real.exitCode()).as(real.out() + real.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(real.out());
        assertThat(r.get("kinds")).isEqualTo(d.get("kinds"));
        assertThat(r.get("changes")).isEqualTo(d.get("changes"));

        CliHarness again = run(archives, "heal-archives");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("prayers: 0 healed (0 created, 0 appended, 0 rewritten), 15 complete",
                "registrations: 0 healed", "user_attributes: 0 healed");
    }

    @Test
    void aHealAfterAKilledOneRemovesTheTempFilesOfDeadWritersAndSaysSo() throws Exception {
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path month = Files.list(archives.resolve("prayers")).findFirst().orElseThrow();
        // what a heal killed mid-batch leaves: its line in the heal lock, and temp files named after its process
        Path abandoned = Files.writeString(month.resolve(".2024_03_01_prayer_at_1000.txt." + gone.pid()
                + "-00c0ffee00c0ffee.tmp"), "Prayer 0000 by half a file");
        Files.writeString(dir.resolve("thywill.db-heal.lock"), "pid " + gone.pid() + ": heal-archives of " + archives
                + " since 2026-11-22T10:00:00Z\n");

        CliHarness r = run(archives, "heal-archives");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("note: the heal before this one did not finish (pid " + gone.pid()
                + ": heal-archives of " + archives + " since 2026-11-22T10:00:00Z): 1 temp file(s) of processes that"
                + " no longer run removed");
        assertThat(abandoned).doesNotExist();

        CliHarness again = run(archives, "heal-archives");
        assertThat(again.out()).doesNotContain("did not finish");
    }

    @Test
    void syncUsersHealsOnlyTheUsers() throws Exception {
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        delete(archives.resolve("users"));
        delete(archives.resolve("prayers"));
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));

        CliHarness r = run(archives, "sync-users");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("created users/2024_02_users.txt (1 missing registration lines)",
                "registrations: 6 healed (6 created, 0 appended, 0 rewritten), 0 complete")
                .doesNotContain("prayers");
        assertThat(Files.readString(archives.resolve("users/2024_02_users.txt")))
                .isEqualTo(Files.readString(Samples.archives("tiny").resolve("users/2024_02_users.txt")));
        assertThat(Files.exists(archives.resolve("prayers"))).isFalse();
    }

    @Test
    void anUnhealableFileMakesTheExitCodeOne() throws Exception {
        Path archives = Samples.copyArchives("tiny", dir.resolve("text_archives"));
        Files.writeString(archives.resolve("users/2024_10_users.txt"), "User Registrations for October 2024\n\ngarbage\n");
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        CliHarness r = run(archives, "sync-users");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("problem: users/2024_10_users.txt:3: ");
    }

    private CliHarness run(Path archives, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = dir.resolve("thywill.db").toString();
        all[2] = "--archives";
        all[3] = archives.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliHarness.run(all);
    }

    private static void delete(Path p) throws Exception {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
