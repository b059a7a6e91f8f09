package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.prayer.ActivityEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.Samples;

/** heal-archives for prayer files, on copies of the original's samples (real files, real SQLite). */
class PrayerHealTest {

    @TempDir
    Path dir;

    /**
     * Regenerated files parse to the same records as the original's. Byte-identical are all but the files with a
     * multi-line testimony: the original wrote its line breaks raw (its own parser then reads only the first
     * line, B-series), we write the project's encoded one-line form (README "Archive formats"), so those files
     * differ by that line and are compared with the testimony's form ({@code encoded}) set aside; and the files
     * where the original appended an offline mark late (B15), which heal writes in chronological order.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void aDeletedPrayerTreeIsRegeneratedFromTheDatabase(String sample) throws IOException {
        int expectedIdentical = sample.equals("tiny") ? 14 : 106;
        try (HealFixture f = new HealFixture(sample, dir).deleting("prayers")) {
            HealReport r = f.heal.healArchives(false);
            assertThat(r.problems()).isEmpty();
            List<Path> originals = prayerFiles(Samples.archives(sample));
            assertThat(prayerFiles(f.archives)).hasSameSizeAs(originals);
            int identical = 0;
            for (Path original : originals) {
                String relative = Samples.relative(original);
                Path healed = f.archives.resolve(relative);
                assertThat(healed).as(relative).exists();
                assertThat(normalised(Files.readString(healed))).as(relative)
                        .isEqualTo(normalised(Files.readString(original)));
                if (Files.mismatch(healed, original) == -1) {
                    identical++;
                }
            }
            System.out.printf("heal %s: %d of %d regenerated prayer files byte-identical%n", sample, identical,
                    originals.size());
            assertThat(identical).isGreaterThanOrEqualTo(expectedIdentical);
            assertThat(r.kinds().get("prayers").created()).isEqualTo(originals.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void aSecondHealWritesNothing(String sample) {
        try (HealFixture f = new HealFixture(sample, dir).deleting("prayers")) {
            f.heal.healArchives(false);
            Map<String, String> before = f.state();
            HealReport second = f.heal.healArchives(false);
            assertThat(second.healed()).isZero();
            assertThat(second.pointersSet()).isEmpty();
            assertThat(second.changes()).isEmpty();
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void healThenImportIntoAnEmptyDatabaseGivesTheDatabaseBack(String sample) throws Exception {
        try (HealFixture f = new HealFixture(sample, dir).deleting("prayers")) {
            f.heal.healArchives(false);
            Path fresh = f.importIntoEmpty("fresh.db");
            ArchivePrecisionSnapshot expected = ArchivePrecisionSnapshot.of(Samples.database(sample));
            ArchivePrecisionSnapshot actual = ArchivePrecisionSnapshot.of(fresh);
            assertThat(actual.prayers()).isEqualTo(expected.prayers());
            assertThat(actual.marks()).isEqualTo(expected.marks());
            assertThat(actual.attributes()).isEqualTo(expected.attributes());
            assertThat(actual.logs()).isEqualTo(expected.logs());
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void onlyTheMissingLinesAreAppendedAndACompleteFileKeepsItsMtime() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path partial = f.archives.resolve("prayers/2024/08/2024_08_25_prayer_at_1947.txt");
            String original = Files.readString(partial);
            List<String> lines = new ArrayList<>(List.of(original.split("\n", -1)));
            assertThat(lines.get(lines.size() - 2)).contains("marked this prayer as answered");
            lines.remove(lines.size() - 2); // the answered line
            lines.remove(lines.size() - 2); // the last prayed line before it
            Files.writeString(partial, String.join("\n", lines));
            Path complete = f.archives.resolve("prayers/2024/11/2024_11_01_prayer_at_0155.txt");
            FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
            Files.setLastModifiedTime(complete, old);
            byte[] completeBytes = Files.readAllBytes(complete);

            HealReport r = f.heal.healArchives(false);

            assertThat(Files.readString(partial)).isEqualTo(original);
            assertThat(r.kinds().get("prayers").appended()).isEqualTo(1);
            assertThat(r.kinds().get("prayers").healed()).isEqualTo(1);
            assertThat(r.changes()).filteredOn(c -> c.contains("prayers/")).containsExactly(
                    "appended prayers/2024/08/2024_08_25_prayer_at_1947.txt (prayer 85b2fa6422eb4035bc4924403015b91a,"
                            + " 2 missing activity lines)");
            assertThat(Files.getLastModifiedTime(complete)).isEqualTo(old);
            assertThat(Files.readAllBytes(complete)).isEqualTo(completeBytes);
        }
    }

    @Test
    void anEarlierMissingLineRewritesTheFileInChronologicalOrder() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path file = f.archives.resolve("prayers/2024/08/2024_08_25_prayer_at_1947.txt");
            String original = Files.readString(file);
            int first = original.indexOf("Activity:\n") + "Activity:\n".length();
            int end = original.indexOf('\n', first) + 1;
            Files.writeString(file, original.substring(0, first) + original.substring(end));

            HealReport r = f.heal.healArchives(false);

            assertThat(r.kinds().get("prayers").rewritten()).isEqualTo(1);
            assertThat(Files.readString(file)).isEqualTo(original);
        }
    }

    @Test
    void aFileSplitIntoASuffixedCopyByTheOriginalsHealIsNotDuplicatedAgain() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path plain = f.archives.resolve("prayers/2024/02/2024_02_29_prayer_at_0815.txt");
            Path split = f.archives.resolve("prayers/2024/02/2024_02_29_prayer_at_0815_2.txt");
            String text = Files.readString(plain);
            // the original's heal: a new file with the logs (set/removed phrasing), the old one kept
            Files.writeString(plain, text.substring(0, text.indexOf("Activity:\n") + "Activity:\n".length()));
            Files.writeString(split, text);
            f.sql("UPDATE prayer SET text_file_path = ? WHERE id = ?",
                    "text_archives/prayers/2024/02/2024_02_29_prayer_at_0815_2.txt", "dc7ac1bc9d464544b11be1fd649b5ff4");
            Map<String, String> before = f.state();

            HealReport r = f.heal.healArchives(false);

            assertThat(r.kinds().get("prayers").healed()).isZero();
            assertThat(r.kinds().get("prayers").complete()).isEqualTo(15);
            // the sample holds no users/user_attributes.txt and no roles dumps: heal writes them
            for (String created : List.of("users/user_attributes.txt", "roles/roles.txt", "roles/user_roles.txt")) {
                before.put(created, f.state().get(created));
            }
            assertThat(f.state()).isEqualTo(before);
            try (Stream<Path> s = Files.list(plain.getParent())) {
                assertThat(s.filter(p -> p.getFileName().toString().startsWith("2024_02_29_prayer_at_0815")))
                        .hasSize(2);
            }
        }
    }

    @Test
    void aDryRunWritesNothingAndReportsWhatTheRealRunDoes() {
        try (HealFixture f = new HealFixture("community", dir).deleting("prayers")) {
            Map<String, String> before = f.state();
            HealReport dry = f.heal.healArchives(true);
            assertThat(f.state()).isEqualTo(before);
            HealReport again = f.heal.healArchives(true);
            HealReport real = f.heal.healArchives(false);
            assertThat(dry.kinds()).isEqualTo(real.kinds()).isEqualTo(again.kinds());
            assertThat(dry.changes()).isEqualTo(real.changes());
            assertThat(dry.healed()).isPositive();
        }
    }

    @Test
    void aPathOutsideTheArchiveRootIsRefusedAndThePrayerHealedAtItsCanonicalPath() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir).deleting("prayers")) {
            f.sql("UPDATE prayer SET text_file_path = ? WHERE id = ?", "../../etc/passwd",
                    "85b2fa6422eb4035bc4924403015b91a");
            HealReport r = f.heal.healArchives(false);
            assertThat(r.problems()).containsExactly("prayer 85b2fa6422eb4035bc4924403015b91a: text_file_path refused:"
                    + " '../../etc/passwd' leads outside the archive root " + f.archives.toAbsolutePath().normalize()
                    + "; healed at its canonical path instead");
            Path canonical = f.archives.resolve("prayers/2024/08/2024_08_25_prayer_at_1947.txt");
            assertThat(Files.readString(canonical))
                    .isEqualTo(Files.readString(Samples.archives("tiny").resolve("prayers/2024/08/2024_08_25_prayer_at_1947.txt")));
            assertThat(r.pointersSet()).containsEntry("prayer", 1);
        }
    }

    @Test
    void anUnparsableFileIsReportedWithFileLineAndReasonAndNotOverwritten() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path file = f.archives.resolve("prayers/2024/08/2024_08_25_prayer_at_1947.txt");
            String original = Files.readString(file);
            String broken = original.substring(0, original.indexOf("Activity:\n") + "Activity:\n".length())
                    + "this is not an activity line\n";
            Files.writeString(file, broken);
            long lines = broken.lines().count();

            HealReport r = f.heal.healArchives(false);

            assertThat(r.problems()).hasSize(1);
            assertThat(r.problems().get(0)).startsWith("prayers/2024/08/2024_08_25_prayer_at_1947.txt:" + lines + ": ")
                    .endsWith("(file left as it is)");
            assertThat(Files.readString(file)).isEqualTo(broken);
            try (Stream<Path> s = Files.list(file.getParent())) {
                assertThat(s.filter(p -> p.getFileName().toString().startsWith("2024_08_25"))).hasSize(1);
            }
            assertThat(r.hasProblems()).isTrue();
        }
    }

    /**
     * The parsed file with its activity in chronological order (the original appends an offline mark when it
     * arrives, out of order, B15; heal writes the history in order) and each testimony's written form set aside
     * (see {@link #aDeletedPrayerTreeIsRegeneratedFromTheDatabase}).
     */
    private static PrayerFile normalised(String text) {
        Parsed<PrayerFile> p = new PrayerFileReader().read(text);
        assertThat(p.diagnostics()).isEmpty();
        List<ActivityEntry> activity = PrayerFile.chronological(p.value().activity()).stream()
                .map(e -> e instanceof TestimonyEntry t ? new TestimonyEntry(t.at(), t.user(), t.text(), false) : (ActivityEntry) e)
                .toList();
        return new PrayerFile(p.value().header(), p.value().requestText(), p.value().generatedPrayer(), activity);
    }

    private static List<Path> prayerFiles(Path root) throws IOException {
        Path prayers = root.resolve("prayers");
        if (!Files.exists(prayers)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(prayers)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
