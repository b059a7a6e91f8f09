package org.thywill.archive.format.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;

class RegistrationsFileReaderTest {

    private final RegistrationsFileReader reader = new RegistrationsFileReader();
    private final RegistrationsFileWriter writer = new RegistrationsFileWriter();

    private Parsed<RegistrationsFile> readKeepingBytes(String text) {
        Parsed<RegistrationsFile> parsed = reader.read(text);
        assertThat(writer.write(parsed.value())).as("written back byte for byte").isEqualTo(text);
        return parsed;
    }

    @Test
    void b7_registrationNameWithSpaceIsWholeName() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for July 2025

                July 06 2025 at 12:01 - Mary Ann joined on invitation from Mary Beth Carter
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().registrations()).containsExactly(
                Registration.invited(LocalDateTime.of(2025, 7, 6, 12, 1), "Mary Ann", "Mary Beth Carter"));
    }

    @Test
    void b7_namesWithDashAtApostropheAndOtherScriptsAreWhole() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for January 2024

                January 26 2024 at 23:24 - Anne - Marie joined directly
                January 27 2024 at 01:00 - Joy at Dawn joined on invitation from Anne - Marie
                January 28 2024 at 02:00 - D'Angelo Price joined on invitation from Joy at Dawn
                January 29 2024 at 03:00 - 李明 joined on invitation from José Núñez
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().registrations()).containsExactly(
                Registration.direct(LocalDateTime.of(2024, 1, 26, 23, 24), "Anne - Marie"),
                Registration.invited(LocalDateTime.of(2024, 1, 27, 1, 0), "Joy at Dawn", "Anne - Marie"),
                Registration.invited(LocalDateTime.of(2024, 1, 28, 2, 0), "D'Angelo Price", "Joy at Dawn"),
                Registration.invited(LocalDateTime.of(2024, 1, 29, 3, 0), "李明", "José Núñez"));
    }

    @Test
    void b17_duplicateRegistrationLinesAreKeptInOrderAndNotReported() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for July 2025

                July 06 2025 at 12:00 - admin joined directly
                July 06 2025 at 12:01 - Mary Ann joined on invitation from admin
                July 06 2025 at 12:00 - admin joined directly
                July 06 2025 at 12:01 - Mary Ann joined on invitation from admin
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        Registration admin = Registration.direct(LocalDateTime.of(2025, 7, 6, 12, 0), "admin");
        Registration mary = Registration.invited(LocalDateTime.of(2025, 7, 6, 12, 1), "Mary Ann", "admin");
        assertThat(parsed.value().registrations()).containsExactly(admin, mary, admin, mary);
    }

    @Test
    void healsBackDatedLineAtTheEndStaysAtTheEndAndTheHeaderMonthIsKeptAsWritten() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for July 2025

                July 20 2025 at 08:00 - Pat joined directly
                June 30 2025 at 23:59 - Grace joined on invitation from Pat
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().month()).contains(YearMonth.of(2025, 7));
        assertThat(parsed.value().registrations()).extracting(Registration::name).containsExactly("Pat", "Grace");
        assertThat(parsed.value().registrations().get(1).at()).isEqualTo(LocalDateTime.of(2025, 6, 30, 23, 59));
    }

    @Test
    void namesAreNotTrimmedAndPhrasesInsideTheInviterStayInTheInviter() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for July 2025

                July 06 2025 at 12:00 -  Pat  joined directly
                July 06 2025 at 12:01 - Bob joined directly joined on invitation from Ann joined directly
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().registrations()).extracting(Registration::name, Registration::inviter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(" Pat ", null),
                        org.assertj.core.groups.Tuple.tuple("Bob joined directly", "Ann joined directly"));
    }

    @Test
    void lenientTimestampIsUnderstoodAndItsTextKept() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for June 2024

                June 5 2024 at 9:07 - Pat joined directly
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().registrations())
                .containsExactly(Registration.direct(LocalDateTime.of(2024, 6, 5, 9, 7), "Pat"));
    }

    @Test
    void headerOnlyFileHasAMonthAndNoRegistrations() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("User Registrations for February 2024\n\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().month()).contains(YearMonth.of(2024, 2));
        assertThat(parsed.value().registrations()).isEmpty();
    }

    // ---- diagnostics: each kind of bad input, with its line and reason; the line is kept -----------

    @Test
    void emptyFileIsReportedForTheWholeFile() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(0, "empty file: expected the header 'User Registrations for <Month YYYY>'"));
    }

    @Test
    void missingHeaderIsReportedOnLineOneAndTheLineIsStillRead() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("July 06 2025 at 12:00 - admin joined directly\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(1, "missing header: expected 'User Registrations for <Month YYYY>'"));
        assertThat(parsed.value().month()).isEmpty();
        assertThat(parsed.value().registrations()).hasSize(1);
    }

    @Test
    void badHeaderMonthIsReported() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("User Registrations for Julember 2025\n\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(1, "header month 'Julember 2025' is not a '<Month YYYY>'"));
        assertThat(parsed.value().lines().get(0)).isInstanceOf(RegistrationsLine.Unrecognised.class);
    }

    @Test
    void headerOutOfPlaceIsReported() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for July 2025

                July 06 2025 at 12:00 - admin joined directly
                User Registrations for August 2025
                """);

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(4, "header line out of place (the header belongs on line 1)"));
    }

    @Test
    void unknownLineIsKeptAndReported() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for July 2025

                July 06 2025 at 12:00 - admin joined directly
                July 06 2025 at 12:05 - Pat left the community
                """);

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(4,
                "not a registration line: expected '<Month DD YYYY> at <HH:MM> - <name> joined directly'"
                        + " or '... - <name> joined on invitation from <inviter>'"));
        assertThat(parsed.value().lines().get(3))
                .isEqualTo(new RegistrationsLine.Unrecognised("July 06 2025 at 12:05 - Pat left the community"));
        assertThat(parsed.value().registrations()).hasSize(1);
    }

    @Test
    void badTimestampIsReported() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes("""
                User Registrations for February 2025

                February 30 2025 at 12:00 - admin joined directly
                """);

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(3,
                "unparsable timestamp 'February 30 2025 at 12:00' (expected '<Month DD YYYY> at <HH:MM>')"));
        assertThat(parsed.value().registrations()).isEmpty();
    }

    @Test
    void carriageReturnIsReportedInsteadOfBeingReadIntoTheName() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes(
                "User Registrations for July 2025\n\nJuly 06 2025 at 12:01 - Mary joined on invitation from admin\r\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(3, "carriage return in line (CRLF line endings?); line kept unread"));
        assertThat(parsed.value().registrations()).isEmpty();
    }

    @Test
    void missingFinalNewlineIsReportedBecauseTheLastNameMayBeCutShort() {
        Parsed<RegistrationsFile> parsed = readKeepingBytes(
                "User Registrations for July 2025\n\nJuly 06 2025 at 12:01 - Mary joined on invitation from Mary");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(3, "no newline at end of file: the last line may be truncated"));
    }
}
