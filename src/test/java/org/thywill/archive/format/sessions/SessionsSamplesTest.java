package org.thywill.archive.format.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.testing.Samples;

class SessionsSamplesTest {

    static Stream<Path> sessionFiles() {
        return Samples.allArchiveFiles().stream()
                .filter(p -> ArchiveKind.of(Samples.relative(p)).orElse(null) == ArchiveKind.SESSIONS);
    }

    @Test
    void everySampleSessionsFileIsCovered() {
        assertThat(sessionFiles()).hasSize(21);
    }

    @ParameterizedTest
    @MethodSource("sessionFiles")
    void sampleRoundTripsByteForByteWithoutDiagnostics(Path file) {
        String text = Samples.read(file);
        Parsed<PipeTable<SessionRecord>> parsed = new SessionsFileReader().read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().unrecognised()).isEmpty();
        assertThat(parsed.value().records()).isNotEmpty();
        assertThat(SessionsFormat.isExportLayout(parsed.value())).isFalse();
        assertThat(new SessionsFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void sampleValuesAreReadByColumn() {
        Path file = Samples.archives("tiny").resolve("sessions/2024_02_sessions.txt");
        List<SessionRecord> sessions = new SessionsFileReader().read(Samples.read(file)).value().records();

        assertThat(sessions).hasSize(1);
        SessionRecord s = sessions.get(0);
        assertThat(s.username()).isEqualTo("Mary");
        assertThat(s.sessionId()).isEqualTo("40c2cb6e3288437a91f393ed3d17a68a");
        assertThat(s.deviceInfo()).isEqualTo("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1");
        assertThat(s.ipAddress()).isEqualTo("203.0.113.113");
        assertThat(s.fullyAuthenticated()).isTrue();
        assertThat(s.createdAt()).isEqualTo("2024-02-29T15:27");
        assertThat(s.expiresAt()).isEqualTo("2024-03-14T15:27");
    }
}
