package org.thywill.archive.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.testing.Samples;

/** What the original wrote, we read exactly: every sample file, every kind. */
class SampleArchivesTest {

    static Stream<Path> sampleFiles() {
        return Samples.allArchiveFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void everySampleFileHasAKnownKindAndParsesWithoutDiagnostics(Path file) {
        String relative = Samples.relative(file);
        ArchiveKind kind = ArchiveKind.of(relative).orElseThrow(() -> new AssertionError("no kind for " + relative));
        ArchiveFormats.Format<?> format = ArchiveFormats.of(kind).orElseThrow(() -> new AssertionError("no format for " + kind));
        Parsed<?> parsed = format.reader().read(Samples.read(file));
        assertThat(parsed.diagnostics()).as(relative).isEmpty();
        assertThat(parsed.value()).as(relative).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void everyTier1SampleFileIsWrittenBackByteForByte(Path file) {
        String relative = Samples.relative(file);
        ArchiveKind kind = ArchiveKind.of(relative).orElseThrow();
        String original = Samples.read(file);
        Parsed<String> rewritten = ArchiveFormats.of(kind).orElseThrow().rewrite(original);
        if (kind.tier() == 1) {
            assertThat(rewritten.value()).as(relative).isEqualTo(original);
        }
    }

    @Test
    void everyKindHasAReaderAndAWriter() {
        for (ArchiveKind kind : ArchiveKind.values()) {
            assertThat(ArchiveFormats.of(kind)).as(kind.name()).isPresent();
        }
    }

    @Test
    void theSamplesCoverTheKindsTheOriginalWritesLive() {
        List<ArchiveKind> kinds = Samples.allArchiveFiles().stream()
                .map(f -> ArchiveKind.of(Samples.relative(f)).orElseThrow())
                .distinct().toList();
        assertThat(kinds).contains(ArchiveKind.PRAYER, ArchiveKind.USER_REGISTRATIONS, ArchiveKind.SITE_ACTIVITY,
                ArchiveKind.SESSIONS, ArchiveKind.INVITE_USAGE, ArchiveKind.AUTH_SECURITY_EVENTS,
                ArchiveKind.ACTIVE_SESSIONS, ArchiveKind.EVENT_LOG);
    }
}
