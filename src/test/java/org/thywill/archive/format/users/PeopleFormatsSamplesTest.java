package org.thywill.archive.format.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.activity.ActivityFileReader;
import org.thywill.archive.format.activity.ActivityFileWriter;
import org.thywill.archive.format.monthly.PrayerAttributesFileReader;
import org.thywill.archive.format.monthly.PrayerAttributesFileWriter;
import org.thywill.archive.format.monthly.PrayerMarksFileReader;
import org.thywill.archive.format.monthly.PrayerMarksFileWriter;
import org.thywill.archive.format.monthly.PrayerSkipsFileReader;
import org.thywill.archive.format.monthly.PrayerSkipsFileWriter;
import org.thywill.archive.testing.Samples;

/**
 * Every sample file of every people kind round-trips byte for byte with no diagnostics, whichever of
 * these kinds a sample holds now or later (today: registrations and activity only).
 */
class PeopleFormatsSamplesTest {

    private static final Map<ArchiveKind, Function<String, RoundTrip>> KINDS = Map.of(
            ArchiveKind.USER_REGISTRATIONS, text -> roundTrip(new RegistrationsFileReader().read(text),
                    new RegistrationsFileWriter()::write),
            ArchiveKind.USER_ATTRIBUTES, text -> roundTrip(new UserAttributesFileReader().read(text),
                    new UserAttributesFileWriter()::write),
            ArchiveKind.SITE_ACTIVITY, text -> roundTrip(new ActivityFileReader().read(text),
                    new ActivityFileWriter()::write),
            ArchiveKind.MONTHLY_MARKS, text -> roundTrip(new PrayerMarksFileReader().read(text),
                    new PrayerMarksFileWriter()::write),
            ArchiveKind.MONTHLY_ATTRIBUTES, text -> roundTrip(new PrayerAttributesFileReader().read(text),
                    new PrayerAttributesFileWriter()::write),
            ArchiveKind.MONTHLY_SKIPS, text -> roundTrip(new PrayerSkipsFileReader().read(text),
                    new PrayerSkipsFileWriter()::write));

    private record RoundTrip(String written, Parsed<?> parsed) {
    }

    private static <T> RoundTrip roundTrip(Parsed<T> parsed, Function<T, String> writer) {
        return new RoundTrip(writer.apply(parsed.value()), parsed);
    }

    static Stream<Path> peopleFiles() {
        return Samples.allArchiveFiles().stream()
                .filter(p -> ArchiveKind.of(Samples.relative(p)).map(KINDS::containsKey).orElse(false));
    }

    @ParameterizedTest
    @MethodSource("peopleFiles")
    void roundTripsByteForByteWithoutDiagnostics(Path file) {
        String text = Samples.read(file);
        ArchiveKind kind = ArchiveKind.of(Samples.relative(file)).orElseThrow();

        RoundTrip result = KINDS.get(kind).apply(text);

        assertThat(result.parsed().diagnostics()).isEmpty();
        assertThat(result.written()).isEqualTo(text);
    }
}
