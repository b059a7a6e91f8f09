package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.invites.InviteUsageFileReader;
import org.thywill.archive.testing.Samples;

/** heal-archives for {@code system/YYYY_MM_invite_usage.txt}, on copies of the original's samples. */
class InviteUsageHealTest {

    @TempDir
    Path dir;

    /**
     * Regenerated files hold the same lines at archive precision, in the same order. None is byte-identical: the
     * live line is stamped a few hundred microseconds after the row it stands for (claims: {@code claimed_at};
     * creations: {@code expires_at} − 12 h), and the database keeps only the row's time.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void deletedInviteUsageFilesAreRegeneratedWithTheSameLinesAtTheMinute(String sample) throws IOException {
        try (HealFixture f = new HealFixture(sample, dir)) {
            List<Path> originals = files(Samples.archives(sample));
            for (Path p : files(f.archives)) {
                Files.delete(p);
            }
            HealReport r = f.heal.healArchives(false);
            assertThat(r.problems()).isEmpty();
            assertThat(files(f.archives)).hasSameSizeAs(originals);
            int identical = 0;
            for (Path original : originals) {
                String relative = Samples.relative(original);
                Path healed = f.archives.resolve(relative);
                assertThat(atMinute(healed)).as(relative).isEqualTo(atMinute(original));
                if (Files.mismatch(healed, original) == -1) {
                    identical++;
                }
            }
            System.out.printf("heal %s: %d of %d regenerated invite usage files byte-identical (microseconds)%n",
                    sample, identical, originals.size());
            assertThat(r.kinds().get("invite_usage").created()).isEqualTo(originals.size());

            Map<String, String> before = f.state();
            HealReport second = f.heal.healArchives(false);
            assertThat(second.healed()).isZero();
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Test
    void theSampleFilesAreCompleteAndKeepTheirMtime() throws IOException {
        try (HealFixture f = new HealFixture("community", dir)) {
            Map<String, String> before = system(f.state());
            HealReport r = f.heal.healArchives(false);
            assertThat(r.kinds().get("invite_usage").healed()).isZero();
            assertThat(r.kinds().get("invite_usage").complete()).isEqualTo(files(f.archives).size());
            assertThat(system(f.state())).isEqualTo(before);
        }
    }

    @Test
    void aMissingClaimIsAppendedAndAMissingCreationPutBackInPlace() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path month = f.archives.resolve("system/2024_10_invite_usage.txt");
            String original = Files.readString(month);
            List<String> lines = original.lines().toList();
            String claim = lines.stream().filter(l -> l.contains("|Kevin Garcia|")).findFirst().orElseThrow();
            Files.writeString(month, original.replace(claim + "\n", ""));
            FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
            Path other = f.archives.resolve("system/2024_09_invite_usage.txt");
            Files.setLastModifiedTime(other, old);

            HealReport r = f.heal.healArchives(false);

            assertThat(r.kinds().get("invite_usage").rewritten()).isEqualTo(1);
            assertThat(atMinute(month)).isEqualTo(atMinute(original));
            assertThat(Files.getLastModifiedTime(other)).isEqualTo(old);

            String healed = Files.readString(month);
            String creation = healed.lines().filter(l -> l.contains("||Mary|")).findFirst().orElseThrow();
            Files.writeString(month, healed.replace(creation + "\n", ""));
            HealReport again = f.heal.healArchives(false);
            assertThat(again.kinds().get("invite_usage").appended()).isEqualTo(1);
            assertThat(Files.readString(month)).endsWith("|1ec794160dcd1647||Mary|token_used\n");
        }
    }

    @Test
    void anUnclaimedAdminTokenIsNotedNotInvented() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            f.sql("INSERT INTO invitetoken (token, created_by_user, usage_count, max_uses, expires_at, token_type)"
                    + " VALUES ('00000000deadbeef', 'system', 0, 1, '2025-01-01 12:00:00', 'admin')");
            HealReport r = f.heal.healArchives(false);
            assertThat(r.kinds().get("invite_usage").healed()).isZero();
            assertThat(r.notes()).anyMatch(n -> n.startsWith("1 admin or device invite tokens were never claimed"));
        }
    }

    private static Map<String, String> system(Map<String, String> state) {
        Map<String, String> out = new java.util.TreeMap<>(state);
        out.keySet().removeIf(k -> !k.startsWith("system/"));
        return out;
    }

    private static List<String> atMinute(Path p) throws IOException {
        return atMinute(Files.readString(p));
    }

    private static List<String> atMinute(String text) {
        var parsed = new InviteUsageFileReader().read(text);
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.value().records().stream().map(InviteUsageHealTest::atMinute).toList();
    }

    private static String atMinute(InviteUsage u) {
        return ArchiveTime.toMinute(u.timestamp()) + "|" + u.token() + "|" + u.usedBy() + "|" + u.createdBy() + "|"
                + u.action();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("system"))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}_\\d{2}_invite_usage\\.txt")).sorted()
                    .toList();
        }
    }
}
