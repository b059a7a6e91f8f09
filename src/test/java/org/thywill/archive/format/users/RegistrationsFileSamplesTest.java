package org.thywill.archive.format.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.testing.Samples;

class RegistrationsFileSamplesTest {

    private final RegistrationsFileReader reader = new RegistrationsFileReader();
    private final RegistrationsFileWriter writer = new RegistrationsFileWriter();

    static Stream<Path> registrationFiles() {
        return Samples.allArchiveFiles().stream()
                .filter(p -> ArchiveKind.of(Samples.relative(p)).orElse(null) == ArchiveKind.USER_REGISTRATIONS);
    }

    @Test
    void samplesHoldTwentyRegistrationFiles() {
        assertThat(registrationFiles()).hasSize(20);
    }

    @ParameterizedTest
    @MethodSource("registrationFiles")
    void roundTripsByteForByteWithoutDiagnostics(Path file) {
        String text = Samples.read(file);
        Parsed<RegistrationsFile> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
        assertThat(parsed.value().registrations()).isNotEmpty();
        String yyyyMm = file.getFileName().toString().substring(0, 7);
        assertThat(parsed.value().month()).hasValueSatisfying(m ->
                assertThat(String.format("%d_%02d", m.getYear(), m.getMonthValue())).isEqualTo(yyyyMm));
    }

    @Test
    void rebuildingTheCommunityJanuaryFileFromRecordsGivesTheOriginalBytes() {
        Path file = Samples.archives("community").resolve("users/2024_01_users.txt");
        String text = Samples.read(file);
        RegistrationsFile parsed = reader.read(text).value();

        RegistrationsFile rebuilt = RegistrationsFile.of(parsed.month().orElseThrow(), parsed.registrations());

        assertThat(writer.write(rebuilt)).isEqualTo(text);
        assertThat(parsed.registrations()).containsExactly(
                Registration.invited(LocalDateTime.of(2024, 1, 3, 7, 1), "J.R. Smith", "admin"),
                Registration.invited(LocalDateTime.of(2024, 1, 3, 14, 34), "D'Angelo Price", "Betty L."),
                Registration.invited(LocalDateTime.of(2024, 1, 14, 23, 51), "faith_walker_77", "J.R. Smith"),
                Registration.invited(LocalDateTime.of(2024, 1, 24, 18, 12), "李明", "J.R. Smith"),
                Registration.direct(LocalDateTime.of(2024, 1, 26, 23, 24), "Anne - Marie"));
    }

    @Test
    void everySampleRegistrationNamesAUserWhoseWholeNameSurvives() {
        List<String> names = registrationFiles()
                .flatMap(p -> reader.read(Samples.read(p)).value().registrations().stream())
                .map(Registration::name)
                .toList();

        assertThat(names).contains("Joy at Dawn", "Anne - Marie", "Mary Beth Carter", "José Núñez", "Zoë Kraus",
                "Łukasz Wójcik", "Grace by Faith", "O'Brien", "Sharon-Deborah Olsen", "Kevin Garcia");
        assertThat(names).hasSize(31);
    }
}
