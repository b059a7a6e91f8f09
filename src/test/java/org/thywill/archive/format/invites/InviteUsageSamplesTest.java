package org.thywill.archive.format.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.testing.Samples;

class InviteUsageSamplesTest {

    static Stream<Path> usageFiles() {
        return Samples.allArchiveFiles().stream()
                .filter(p -> ArchiveKind.of(Samples.relative(p)).orElse(null) == ArchiveKind.INVITE_USAGE);
    }

    @Test
    void everySampleInviteUsageFileIsCovered() {
        assertThat(usageFiles()).hasSize(21);
    }

    @ParameterizedTest
    @MethodSource("usageFiles")
    void sampleRoundTripsByteForByteWithoutDiagnostics(Path file) {
        String text = Samples.read(file);
        Parsed<PipeTable<InviteUsage>> parsed = new InviteUsageFileReader().read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().unrecognised()).isEmpty();
        assertThat(parsed.value().records()).isNotEmpty();
        assertThat(new InviteUsageFileWriter().write(parsed.value())).isEqualTo(text);
    }

    @Test
    void creationAndClaimLinesAreReadByColumn() {
        Path file = Samples.archives("tiny").resolve("system/2024_02_invite_usage.txt");
        PipeTable<InviteUsage> table = new InviteUsageFileReader().read(Samples.read(file)).value();
        List<InviteUsage> lines = table.records();

        assertThat(InviteUsageFormat.month(table)).contains(YearMonth.of(2024, 2));
        assertThat(lines).containsExactly(
                new InviteUsage(LocalDateTime.parse("2024-02-29T06:48:03.147387"), "0ff320bb8dbe92cf",
                        null, "admin", "token_used"),
                new InviteUsage(LocalDateTime.parse("2024-02-29T15:27:09.858414"), "0ff320bb8dbe92cf",
                        "Mary", "admin", "token_used"));
        assertThat(lines.get(0).isCreation()).isTrue();
        assertThat(lines.get(1).isCreation()).isFalse();
    }
}
