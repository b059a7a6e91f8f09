package org.thywill.archive.format.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.testing.Samples;

class ActivityFileSamplesTest {

    private final ActivityFileReader reader = new ActivityFileReader();
    private final ActivityFileWriter writer = new ActivityFileWriter();

    static Stream<Path> activityFiles() {
        return Samples.allArchiveFiles().stream()
                .filter(p -> ArchiveKind.of(Samples.relative(p)).orElse(null) == ArchiveKind.SITE_ACTIVITY);
    }

    @Test
    void samplesHoldTwentySevenActivityFiles() {
        assertThat(activityFiles()).hasSize(27);
    }

    @ParameterizedTest
    @MethodSource("activityFiles")
    void roundTripsByteForByteWithoutDiagnostics(Path file) {
        String text = Samples.read(file);
        Parsed<ActivityFile> parsed = reader.read(text);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(writer.write(parsed.value())).isEqualTo(text);
        assertThat(parsed.value().entries()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("activityFiles")
    void rebuildingFromMonthAndDaysGivesTheOriginalBytes(Path file) {
        String text = Samples.read(file);
        ActivityFile parsed = reader.read(text).value();

        ActivityFile rebuilt = ActivityFile.of(parsed.month().orElseThrow(), parsed.days());

        assertThat(writer.write(rebuilt)).isEqualTo(text);
    }

    @Test
    void sampleEntryCountMatchesTheManifests() {
        long entries = activityFiles().mapToLong(p -> reader.read(Samples.read(p)).value().entries().size()).sum();

        assertThat(entries).isEqualTo(754 + 48);
    }

    @Test
    void readsTheCommunityFebruaryFileStructure() {
        ActivityFile file = reader.read(Samples.read(
                Samples.archives("community").resolve("activity/activity_2024_02.txt"))).value();

        assertThat(file.month()).contains(YearMonth.of(2024, 2));
        assertThat(file.days()).first().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2024, 2, 3));
            assertThat(day.entries()).containsExactly(ActivityEntry.submitted(LocalTime.of(18, 42), "李明",
                    "47a3062ccb39458f9ba6eb1757de824e", "VBS 2024"));
        });
        assertThat(file.entries()).contains(
                ActivityEntry.prayed(LocalTime.of(15, 3), "Joy at Dawn", "c89d3f1db94342e6a3a5974a96235688"),
                ActivityEntry.prayed(LocalTime.of(4, 38), "Anne - Marie", "c89d3f1db94342e6a3a5974a96235688"),
                ActivityEntry.answered(LocalTime.of(12, 46), "faith_walker_77", "6a97af2718a1430bb59f08b624829556"),
                ActivityEntry.registeredViaInvitation(LocalTime.of(15, 44), "Mary Ann", "Joy at Dawn"));
    }

    @Test
    void everySampleActionKindIsUnderstood() {
        var actions = activityFiles()
                .flatMap(p -> reader.read(Samples.read(p)).value().entries().stream())
                .map(ActivityEntry::action)
                .distinct()
                .toList();

        assertThat(actions).containsExactlyInAnyOrder(ActivityAction.values());
    }
}
