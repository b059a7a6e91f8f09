package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.DbCounts;
import org.thywill.archive.testing.Samples;
import org.thywill.archive.testing.Zips;

/** {@code thywill import text-archives} end to end, on copies of the original's sample communities. */
class ImportTextArchivesCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsATreeOnceAndASecondRunChangesNothing() throws Exception {
        Path archives = copyOf("tiny");
        CliHarness first = run(archives, "import", "text-archives", "--json");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        JsonNode r1 = Json.MAPPER.readTree(first.out());
        assertThat(r1.at("/inserted/prayer").asInt()).isEqualTo(15);
        assertThat(r1.at("/inserted/user").asInt()).isEqualTo(6);
        assertThat(r1.at("/inserted/prayermark").asInt()).isEqualTo(20);
        assertThat(r1.at("/files/rejected").asInt()).isZero();

        CliHarness second = run(archives, "import", "text-archives", "--json");
        assertThat(second.exitCode()).isZero();
        JsonNode r2 = Json.MAPPER.readTree(second.out());
        assertThat(r2.get("inserted")).isEmpty();
        assertThat(r2.at("/files/unchanged").asInt()).isEqualTo(r1.at("/files/imported").asInt());
        assertThat(r2.at("/files/imported").asInt()).isZero();
    }

    @Test
    void aDryRunReportsExactlyWhatARealRunInsertsAndWritesNothing() throws Exception {
        Path archives = copyOf("community");
        CliHarness dry = run(archives, "import", "text-archives", "--dry-run", "--json");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(count("prayer")).isZero();
        assertThat(count("archive_file_ledger")).isZero();

        CliHarness real = run(archives, "import", "text-archives", "--json");
        assertThat(real.exitCode()).isZero();
        assertThat(Json.MAPPER.readTree(real.out()).get("inserted")).isEqualTo(Json.MAPPER.readTree(dry.out()).get("inserted"));
        assertThat(count("prayer")).isEqualTo(120);

        CliHarness again = run(archives, "import", "text-archives", "--dry-run", "--json");
        assertThat(Json.MAPPER.readTree(again.out()).get("inserted")).isEmpty();
    }

    @Test
    void importingASampleIntoItsOwnLiveDatabaseAddsNothing() throws Exception {
        Files.copy(Samples.database("community"), dir.resolve("thywill.db"));
        Map<String, Integer> before = counts();
        CliHarness r = CliHarness.run("--db", dir.resolve("thywill.db").toString(), "--archives", dir.resolve("none").toString(),
                "import", "text-archives", "--from", Samples.archives("community").toString(), "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Json.MAPPER.readTree(r.out()).get("inserted")).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBadFileIsRejectedWithFileLineAndReasonAndTheRestIsImported() throws Exception {
        Path archives = copyOf("tiny");
        Path bad = archives.resolve("users/2030_01_users.txt");
        Files.writeString(bad, "User Registrations for January 2030\n\nJanuary 05 2030 at 10:00 - Newcomer joined directly\nnot a registration\n");
        CliHarness r = run(archives, "import", "text-archives");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("rejected", "users/2030_01_users.txt:4: ");
        assertThat(count("prayer")).isEqualTo(15);
        assertThat(count("user where display_name = 'Newcomer'")).isZero();
    }

    @Test
    void aZipOfATreeImportsLikeTheTreeAndLandsInTheArchiveTree() throws Exception {
        Path zip = Zips.zipTree(Samples.archives("community"), "complete_site_archive/", dir.resolve("bundle.zip"));
        Path archives = dir.resolve("text_archives");
        CliHarness dry = run(archives, "import", "text-archives", "--from", zip.toString(), "--dry-run", "--json");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(count("prayer")).isZero();
        CliHarness real = run(archives, "import", "text-archives", "--from", zip.toString(), "--json");
        assertThat(real.exitCode()).as(real.out() + real.err()).isZero();
        assertThat(Json.MAPPER.readTree(real.out()).get("inserted")).isEqualTo(Json.MAPPER.readTree(dry.out()).get("inserted"));

        Path fromTree = dir.resolve("tree.db");
        CliHarness tree = CliHarness.run("--db", fromTree.toString(), "--archives", dir.resolve("other").toString(),
                "import", "text-archives", "--from", Samples.archives("community").toString());
        assertThat(tree.exitCode()).isZero();
        assertThat(ArchivePrecisionSnapshot.of(dir.resolve("thywill.db"))).isEqualTo(ArchivePrecisionSnapshot.of(fromTree));
        assertThat(archives.resolve("users/2024_02_users.txt"))
                .hasSameTextualContentAs(Samples.archives("community").resolve("users/2024_02_users.txt"));
    }

    @Test
    void aHostileZipIsRejectedWithItsReason() throws Exception {
        Path zip = dir.resolve("evil.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("users/../../../etc/passwd"));
            out.write("root".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CliHarness r = run(dir.resolve("text_archives"), "import", "text-archives", "--from", zip.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("evil.zip: ", "etc/passwd");
        assertThat(dir.resolve("text_archives/users")).doesNotExist();
    }

    @Test
    void aMissingSourceIsAUsageError() {
        CliHarness r = run(dir.resolve("text_archives"), "import", "text-archives", "--from", dir.resolve("nope").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
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

    private Path copyOf(String sample) {
        return Samples.copyArchives(sample, dir.resolve("text_archives"));
    }

    private int count(String tableAndWhere) throws Exception {
        return DbCounts.count(dir.resolve("thywill.db"), tableAndWhere);
    }

    private Map<String, Integer> counts() throws Exception {
        Map<String, Integer> m = new java.util.TreeMap<>();
        for (String t : new String[] {"user", "prayer", "prayermark", "prayer_attributes", "prayer_activity_log",
            "session", "invitetoken", "invite_token_usage", "prayerskip", "role", "user_roles"}) {
            m.put(t, count(t));
        }
        return m;
    }
}
