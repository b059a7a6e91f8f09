package org.thywill.archive.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.monthly.PrayerSkip;
import org.thywill.archive.format.monthly.PrayerSkipsFileReader;
import org.thywill.archive.testing.DbCounts;

/**
 * heal-archives for {@code prayers/skips/YYYY_MM_skips.txt}. The samples hold no skip (the original archives none
 * live): skip rows are added to a copy of the tiny sample's database.
 */
class SkipsHealTest {

    private static final String P1 = "b45908503ee144e9a59ee2b795d76370";
    private static final String P2 = "ee91263571b5444ebf5164947fe842b7";
    private static final String HEADER_MARCH = "Prayer Skips for March 2024\nFormat: timestamp|prayer_id|user_id\n\n";

    @TempDir
    Path dir;

    @Test
    void skipRowsAreWrittenToTheFileOfTheirMonthAsTheOriginalsWriterWould() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            skip(f, "s1", "Pat", P1, "2024-03-05 10:11:12.345678");
            skip(f, "s2", "Sharon-Deborah Olsen", P2, "2024-03-01 09:00:59.000001");
            skip(f, "s3", "李明", P1, "2024-04-30 23:59:00");

            HealReport r = f.heal.healArchives(false);

            assertThat(r.problems()).isEmpty();
            assertThat(r.kinds().get("skips").created()).isEqualTo(2);
            Path march = f.archives.resolve("prayers/skips/2024_03_skips.txt");
            String marchText = HEADER_MARCH
                    + "March 01 2024 at 09:00|" + P2 + "|Sharon-Deborah Olsen\n"
                    + "March 05 2024 at 10:11|" + P1 + "|Pat\n";
            assertThat(Files.readString(march)).isEqualTo(marchText);
            assertThat(read(march)).containsExactly(
                    new PrayerSkip(LocalDateTime.of(2024, 3, 1, 9, 0), P2, "Sharon-Deborah Olsen"),
                    new PrayerSkip(LocalDateTime.of(2024, 3, 5, 10, 11), P1, "Pat"));
            Path april = f.archives.resolve("prayers/skips/2024_04_skips.txt");
            String aprilText = Files.readString(april);
            assertThat(aprilText).endsWith("\n\nApril 30 2024 at 23:59|" + P1 + "|李明\n");

            Map<String, String> before = f.state();
            HealReport second = f.heal.healArchives(false);
            assertThat(second.healed()).isZero();
            assertThat(second.kinds().get("skips").complete()).isEqualTo(2);
            assertThat(f.state()).isEqualTo(before);

            // deleted, they come back byte for byte (2 of 2)
            HealFixture.deleteTree(f.archives.resolve("prayers/skips"));
            assertThat(f.heal.healArchives(false).kinds().get("skips").created()).isEqualTo(2);
            assertThat(Files.readString(march)).isEqualTo(marchText);
            assertThat(Files.readString(april)).isEqualTo(aprilText);
        }
    }

    @Test
    void aLaterSkipIsAppendedAnEarlierOneRewrittenInPlaceAndOtherMonthsKeepTheirMtime() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            skip(f, "s1", "Pat", P1, "2024-03-05 10:11:12");
            skip(f, "s3", "李明", P1, "2024-04-30 23:59:00");
            f.heal.healArchives(false);
            Path march = f.archives.resolve("prayers/skips/2024_03_skips.txt");
            Path april = f.archives.resolve("prayers/skips/2024_04_skips.txt");
            FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
            Files.setLastModifiedTime(april, old);

            skip(f, "s4", "Mary", P2, "2024-03-20 08:00:00");
            HealReport appended = f.heal.healArchives(false);
            assertThat(appended.kinds().get("skips").appended()).isEqualTo(1);
            assertThat(Files.readString(march)).isEqualTo(HEADER_MARCH + "March 05 2024 at 10:11|" + P1 + "|Pat\n"
                    + "March 20 2024 at 08:00|" + P2 + "|Mary\n");

            skip(f, "s5", "Mary", P1, "2024-03-01 07:00:00");
            HealReport rewritten = f.heal.healArchives(false);
            assertThat(rewritten.kinds().get("skips").rewritten()).isEqualTo(1);
            assertThat(Files.readString(march)).isEqualTo(HEADER_MARCH + "March 01 2024 at 07:00|" + P1 + "|Mary\n"
                    + "March 05 2024 at 10:11|" + P1 + "|Pat\n" + "March 20 2024 at 08:00|" + P2 + "|Mary\n");
            assertThat(Files.getLastModifiedTime(april)).isEqualTo(old);
        }
    }

    /** The importer keeps one skip per (user, prayer): a line of the pair at another minute already stands for it. */
    @Test
    void aSkipIsKeyedByUserAndPrayerAsTheImporterKeysIt() throws IOException {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            Path march = f.archives.resolve("prayers/skips/2024_03_skips.txt");
            Files.createDirectories(march.getParent());
            String text = HEADER_MARCH + "March 02 2024 at 10:00|" + P1 + "|Pat\n";
            Files.writeString(march, text);
            skip(f, "s1", "Pat", P1, "2024-03-05 10:11:12");

            HealReport r = f.heal.healArchives(false);

            assertThat(r.kinds().get("skips").healed()).isZero();
            assertThat(Files.readString(march)).isEqualTo(text);
        }
    }

    @Test
    void healThenImportGivesTheSkipsBack() throws Exception {
        try (HealFixture f = new HealFixture("tiny", dir)) {
            skip(f, "s1", "Pat", P1, "2024-03-05 10:11:12");
            skip(f, "s3", "李明", P1, "2024-04-30 23:59:00");
            f.heal.healArchives(false);
            Path fresh = f.importIntoEmpty("fresh.db");
            assertThat(DbCounts.count(fresh, "prayerskip")).isEqualTo(2);
            assertThat(DbCounts.count(fresh, "prayerskip where user_id = 'Pat' and prayer_id = '" + P1
                    + "' and created_at like '2024-03-05 10:11%'")).isEqualTo(1);
        }
    }

    private static void skip(HealFixture f, String id, String user, String prayer, String at) {
        f.sql("INSERT INTO prayerskip (id, user_id, prayer_id, created_at) VALUES (?, ?, ?, ?)", id, user, prayer, at);
    }

    private static List<PrayerSkip> read(Path p) throws IOException {
        var parsed = new PrayerSkipsFileReader().read(Files.readString(p));
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.value().records();
    }
}
