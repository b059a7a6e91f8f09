package org.thywill.archive.format.prayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.testing.Samples;

/** Every prayer file the original wrote in the samples reads without diagnostics and writes back byte for byte. */
class PrayerFileSamplesTest {

    static Stream<Path> samplePrayerFiles() {
        return Samples.allArchiveFiles().stream()
                .filter(p -> ArchiveKind.of(Samples.relative(p)).equals(Optional.of(ArchiveKind.PRAYER)));
    }

    @ParameterizedTest
    @MethodSource("samplePrayerFiles")
    void readsCleanAndWritesBackByteForByte(Path file) {
        String text = Samples.read(file);

        Parsed<PrayerFile> parsed = new PrayerFileReader().read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().hasHeader()).isTrue();
        assertThat(parsed.value().activity()).allMatch(e -> e instanceof TimedEntry);
        assertThat(new PrayerFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("samplePrayerFiles")
    void fileNameIsTheCanonicalNameOfTheSubmittedMinute(Path file) {
        PrayerFile prayer = new PrayerFileReader().read(Samples.read(file)).value();

        Optional<PrayerFileName> name = PrayerFileNames.parseRelativePath(Samples.relative(file));

        assertThat(name).isPresent();
        assertThat(name.get().createdAt()).isEqualTo(prayer.header().submitted());
        assertThat(name.get().relativePath()).isEqualTo(Samples.relative(file));
    }

    @org.junit.jupiter.api.Test
    void bothSamplesHavePrayerFiles() {
        assertThat(samplePrayerFiles().count()).isEqualTo(15 + 120);
    }

    private static PrayerFile community(String relative) {
        Parsed<PrayerFile> parsed = new PrayerFileReader().read(Samples.read(Samples.archives("community").resolve(relative)));
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.value();
    }

    @org.junit.jupiter.api.Test
    void requestTextEndingWithAGeneratedPrayerLineIsText() {
        PrayerFile p = community("prayers/2024/12/2024_12_31_prayer_at_2359.txt");

        assertThat(p.header().projectTag()).isEqualTo("grief & loss");
        assertThat(p.requestText()).isEqualTo("Praying for Quinn today, who has an important exam on Friday.\n"
                + "Project: nothing official, just my own words\nGenerated Prayer:");
        assertThat(p.generatedPrayer()).startsWith("Almighty God,\n\nAs Your Word says:").endsWith("\nAmen.");
    }

    @org.junit.jupiter.api.Test
    void projectLineInTheRequestTextIsText() {
        PrayerFile p = community("prayers/2024/09/2024_09_04_prayer_at_2001.txt");

        assertThat(p.header().projectTag()).isEqualTo("Prayer Chain");
        assertThat(p.requestText()).isEqualTo("Project: our house church plant\nPray that we find a place to meet.");
        assertThat(p.activity()).extracting(e -> ((TimedEntry) e).user())
                .contains("Joy at Dawn", "Łukasz Wójcik", "Mary Beth Carter");
    }

    @org.junit.jupiter.api.Test
    void indentationBlankLinesAndTrailingSpacesAreText() {
        PrayerFile p = community("prayers/2024/01/2024_01_28_prayer_at_0754.txt");

        assertThat(p.header().author()).isEqualTo("D'Angelo Price");
        assertThat(p.requestText())
                .isEqualTo("Please pray for my pastor.\n\n\n   She is far from God right now.\n\n  Thank you.  ");
    }
}
