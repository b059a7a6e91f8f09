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
}
