package org.thywill.archive.format.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationsFileWriterTest {

    private final RegistrationsFileWriter writer = new RegistrationsFileWriter();

    @Test
    void writesTheReferenceSampleByteForByte() {
        RegistrationsFile file = RegistrationsFile.of(YearMonth.of(2025, 7), List.of(
                Registration.direct(LocalDateTime.of(2025, 7, 6, 12, 0, 41), "admin"),
                Registration.invited(LocalDateTime.of(2025, 7, 6, 12, 1, 2, 345_000), "Mary Ann", "admin")));

        assertThat(writer.write(file)).isEqualTo("""
                User Registrations for July 2025

                July 06 2025 at 12:00 - admin joined directly
                July 06 2025 at 12:01 - Mary Ann joined on invitation from admin
                """);
        assertThat(file.registrations()).extracting(Registration::at).containsExactly(
                LocalDateTime.of(2025, 7, 6, 12, 0), LocalDateTime.of(2025, 7, 6, 12, 1));
    }

    @Test
    void aNewFileIsTheHeaderAndABlankLine() {
        assertThat(writer.write(RegistrationsFile.of(YearMonth.of(2024, 2), List.of())))
                .isEqualTo("User Registrations for February 2024\n\n");
    }

    @Test
    void appendAddsTheLineTheOriginalAppends() {
        RegistrationsFile file = RegistrationsFile.of(YearMonth.of(2025, 7), List.of());
        Registration late = Registration.invited(LocalDateTime.of(2025, 6, 30, 9, 5), "Joy at Dawn", "Anne - Marie");

        assertThat(RegistrationsFileWriter.appendText(late))
                .isEqualTo("June 30 2025 at 09:05 - Joy at Dawn joined on invitation from Anne - Marie\n");
        assertThat(writer.write(file.append(late))).isEqualTo(writer.write(file) + RegistrationsFileWriter.appendText(late));
    }

    @Test
    void refusesANameThatWouldReadBackAsAnInvitation() {
        Registration r = Registration.direct(LocalDateTime.of(2025, 7, 6, 12, 0), "Pat joined on invitation from Ann");

        assertThatThrownBy(() -> RegistrationsFileWriter.line(r))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be written losslessly");
    }

    @Test
    void refusesALineBreakInAName() {
        Registration r = Registration.invited(LocalDateTime.of(2025, 7, 6, 12, 0), "Pat", "Ann\nJuly 06 2025 at 12:00 - x");

        assertThatThrownBy(() -> RegistrationsFileWriter.line(r))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inviter contains a line break");
    }
}
