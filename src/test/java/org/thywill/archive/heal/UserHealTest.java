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
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.DbCounts;
import org.thywill.archive.testing.Samples;

/** sync-users and the user part of heal-archives, on copies of the original's samples. */
class UserHealTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void deletedRegistrationFilesAreRegeneratedByteForByte(String sample) throws IOException {
        try (HealFixture f = new HealFixture(sample, dir).deleting("users")) {
            HealReport r = f.heal.syncUsers(false);
            assertThat(r.problems()).isEmpty();
            List<Path> originals = userFiles(Samples.archives(sample));
            for (Path original : originals) {
                Path healed = f.archives.resolve(Samples.relative(original));
                assertThat(Files.readString(healed)).as(Samples.relative(original)).isEqualTo(Files.readString(original));
            }
            assertThat(r.kinds().get("registrations").created()).isEqualTo(originals.size());
            assertThat(r.kinds().get("user_attributes").created()).isEqualTo(1);
            // the sample database already points every user at its month file
            assertThat(r.pointersSet()).isEmpty();
            assertThat(Files.readString(f.archives.resolve("users/user_attributes.txt")))
                    .startsWith("User Attributes\n\nusername: ").endsWith("welcome_message_dismissed: false\n\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void healThenImportOfAWhollyDeletedPrayerAndUserTreeGivesTheDatabaseBack(String sample) throws Exception {
        try (HealFixture f = new HealFixture(sample, dir).deleting("prayers", "users")) {
            HealReport r = f.heal.healArchives(false);
            assertThat(r.problems()).isEmpty();
            Path fresh = f.importIntoEmpty("fresh.db");
            ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(Samples.database(sample));
            ArchivePrecisionSnapshot actual = ArchivePrecisionSnapshot.of(fresh);
            assertThat(actual.users()).isEqualTo(expected.users());
            assertThat(actual).isEqualTo(expected);

            Map<String, String> before = f.state();
            HealReport second = f.heal.healArchives(false);
            assertThat(second.healed()).isZero();
            assertThat(second.pointersSet()).isEmpty();
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Test
    void aMissingLineGoesInChronologicalPositionAndIsNeverWrittenTwice() throws IOException {
        try (HealFixture f = new HealFixture("community", dir)) {
            Path month = f.archives.resolve("users/2024_01_users.txt");
            String original = Files.readString(month);
            List<String> lines = original.lines().toList();
            assertThat(lines.size()).isGreaterThan(4);
            String middle = lines.get(3);
            Files.writeString(month, original.replace(middle + "\n", ""));
            Path other = f.archives.resolve("users/2023_12_users.txt");
            FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
            Files.setLastModifiedTime(other, old);

            HealReport r = f.heal.syncUsers(false);

            assertThat(Files.readString(month)).isEqualTo(original);
            assertThat(r.kinds().get("registrations").rewritten()).isEqualTo(1);
            assertThat(r.kinds().get("registrations").healed()).isEqualTo(1);
            assertThat(Files.getLastModifiedTime(other)).isEqualTo(old);

            Map<String, String> before = f.state();
            assertThat(f.heal.syncUsers(false).healed()).isZero();
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Test
    void aMissingLastLineIsAppendedAndTheUsersPointerSet() throws Exception {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path month = f.archives.resolve("users/2024_10_users.txt");
            String original = Files.readString(month);
            Files.writeString(month, original.substring(0, original.indexOf("October 12 2024")));
            f.sql("UPDATE user SET text_file_path = NULL WHERE display_name = ?", "Kevin Garcia");

            HealReport r = f.heal.syncUsers(false);

            assertThat(Files.readString(month)).isEqualTo(original);
            assertThat(r.kinds().get("registrations").appended()).isEqualTo(1);
            assertThat(r.pointersSet()).containsExactly(Map.entry("user", 1));
            assertThat(DbCounts.count(f.db, "user where text_file_path = 'text_archives/users/2024_10_users.txt'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void syncUsersLeavesThePrayersAlone() {
        try (HealFixture f = new HealFixture("tiny", dir).deleting("prayers")) {
            HealReport r = f.heal.syncUsers(false);
            assertThat(r.kinds()).containsOnlyKeys("registrations", "user_attributes");
            assertThat(Files.exists(f.archives.resolve("prayers"))).isFalse();
        }
    }

    @Test
    void aStaleAttributesBlockIsRewrittenFromTheDatabaseAndAnEqualFileIsLeftAlone() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            f.heal.syncUsers(false);
            Path attributes = f.archives.resolve("users/user_attributes.txt");
            String healed = Files.readString(attributes);
            f.sql("UPDATE user SET is_supporter = 1, supporter_since = '2024-03-01 10:00:00', supporter_type = ?"
                    + " WHERE display_name = 'Pat'", "financial,prayer_warrior");

            HealReport r = f.heal.syncUsers(false);

            assertThat(r.kinds().get("user_attributes").rewritten()).isEqualTo(1);
            assertThat(Files.readString(attributes)).contains("username: Pat\nis_supporter: true\n"
                    + "supporter_since: 2024-03-01\nsupporter_type: financial,prayer_warrior\n")
                    .isNotEqualTo(healed);
            FileTime before = Files.getLastModifiedTime(attributes);
            assertThat(f.heal.syncUsers(false).kinds().get("user_attributes").complete()).isEqualTo(1);
            assertThat(Files.getLastModifiedTime(attributes)).isEqualTo(before);
        }
    }

    @Test
    void anUnreadableRegistrationsFileIsReportedAndNotOverwritten() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path month = f.archives.resolve("users/2024_10_users.txt");
            String broken = "User Registrations for October 2024\n\nnot a registration\n";
            Files.writeString(month, broken);

            HealReport r = f.heal.syncUsers(false);

            assertThat(r.problems()).hasSize(1);
            assertThat(r.problems().get(0)).startsWith("users/2024_10_users.txt:3: ");
            assertThat(Files.readString(month)).isEqualTo(broken);
        }
    }

    private static List<Path> userFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("users"))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}_\\d{2}_users\\.txt")).sorted().toList();
        }
    }
}
