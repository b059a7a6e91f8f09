package org.thywill.archive.format.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.users.UserAttributesLine.Field;

class UserAttributesFileTest {

    /** Reference §8. */
    private static final String SAMPLE = """
            User Attributes

            username: Pat
            is_supporter: true
            supporter_since: 2025-01-05
            supporter_type: financial,prayer_warrior
            welcome_message_dismissed: false

            """;

    private final UserAttributesFileReader reader = new UserAttributesFileReader();
    private final UserAttributesFileWriter writer = new UserAttributesFileWriter();

    private Parsed<UserAttributesFile> readKeepingBytes(String text) {
        Parsed<UserAttributesFile> parsed = reader.read(text);
        assertThat(writer.write(parsed.value())).as("written back byte for byte").isEqualTo(text);
        return parsed;
    }

    @Test
    void readsTheReferenceSample() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes(SAMPLE);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().users()).singleElement().satisfies(pat -> {
            assertThat(pat.username()).isEqualTo("Pat");
            assertThat(pat.supporter()).contains(true);
            assertThat(pat.supporterSince()).contains(LocalDate.of(2025, 1, 5));
            assertThat(pat.supporterType()).contains("financial,prayer_warrior");
            assertThat(pat.welcomeMessageDismissed()).contains(false);
            assertThat(pat.unknownFields()).isEmpty();
        });
    }

    @Test
    void writesTheReferenceSampleFromValues() {
        UserAttributesFile file = UserAttributesFile.of(List.of(
                UserAttributes.of("Pat", true, LocalDate.of(2025, 1, 5), "financial,prayer_warrior", false)));

        assertThat(writer.write(file)).isEqualTo(SAMPLE);
    }

    @Test
    void optionalLinesAreLeftOutLikeTheOriginal() {
        UserAttributesFile file = UserAttributesFile.of(List.of(UserAttributes.of("Mary Ann", false, null, "", true)));

        assertThat(writer.write(file)).isEqualTo("""
                User Attributes

                username: Mary Ann
                is_supporter: false
                welcome_message_dismissed: true

                """);
    }

    @Test
    void noUsersGivesTheTitleAndABlankLine() {
        assertThat(writer.write(UserAttributesFile.of(List.of()))).isEqualTo("User Attributes\n\n");
    }

    @Test
    void blocksAreSortedByCodePointsLikePythonAndAUserGivenTwiceKeepsTheLastBlock() {
        // U+1D11E (a surrogate pair in Java) sorts AFTER U+FB01 by code point, BEFORE it by UTF-16 unit.
        UserAttributesFile file = UserAttributesFile.of(List.of(
                UserAttributes.of("zed", false, null, null, false),
                UserAttributes.of("\uFB01sh", false, null, null, false),
                UserAttributes.of("𝄞 music", false, null, null, false),
                UserAttributes.of("Zoë Kraus", false, null, null, false),
                UserAttributes.of("admin", false, null, null, false),
                UserAttributes.of("Anne - Marie", false, null, null, false),
                UserAttributes.of("admin", true, null, null, true)));

        assertThat(file.users()).extracting(UserAttributes::username)
                .containsExactly("Anne - Marie", "Zoë Kraus", "admin", "zed", "\uFB01sh", "𝄞 music");
        assertThat(file.users().get(2).supporter()).contains(true);
    }

    @Test
    void b18_invalidSupporterSinceIsADiagnosticAndTheValueIsKeptNotNulled() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Pat
                is_supporter: true
                supporter_since: 2025-13-45
                welcome_message_dismissed: false

                """);

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(5,
                "supporter_since '2025-13-45' is not a YYYY-MM-DD date (kept as written; it does not mean 'no date')"));
        UserAttributes pat = parsed.value().users().get(0);
        assertThat(pat.value(UserAttributes.SUPPORTER_SINCE)).contains("2025-13-45");
        assertThat(pat.supporterSince()).isEmpty();
    }

    @Test
    void b18_supporterTypeIsKeptVerbatim() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Joy at Dawn
                is_supporter: true
                supporter_type: advisor, community_leader: founding
                welcome_message_dismissed: true

                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().users().get(0).supporterType()).contains("advisor, community_leader: founding");
    }

    @Test
    void unpaddedDateAndCapitalisedBooleansAreUnderstoodAsTheOriginalDoes() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Pat
                is_supporter: True
                supporter_since: 2025-1-5
                welcome_message_dismissed: FALSE

                """);

        assertThat(parsed.diagnostics()).isEmpty();
        UserAttributes pat = parsed.value().users().get(0);
        assertThat(pat.supporter()).contains(true);
        assertThat(pat.supporterSince()).contains(LocalDate.of(2025, 1, 5));
        assertThat(pat.welcomeMessageDismissed()).contains(false);
    }

    @Test
    void usernameIsEverythingAfterTheFirstColonAndSpaceUntrimmed() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username:  Pat: the elder\s
                is_supporter: false
                welcome_message_dismissed: false

                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().users().get(0).username()).isEqualTo(" Pat: the elder ");
    }

    @Test
    void aFieldAfterABlankLineStillBelongsToTheBlockAbove() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Pat
                is_supporter: false

                welcome_message_dismissed: true
                username: Ann
                is_supporter: true
                welcome_message_dismissed: false

                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value().users()).extracting(UserAttributes::username, u -> u.welcomeMessageDismissed().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pat", true),
                        org.assertj.core.groups.Tuple.tuple("Ann", false));
    }

    // ---- diagnostics: each kind of bad input, with its line and reason; the line is kept -----------

    @Test
    void unknownKeyIsKeptAndReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Pat
                is_supporter: false
                prayer_style: in_jesus_name
                welcome_message_dismissed: false

                """);

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(5, "unknown key 'prayer_style' (kept, not understood)"));
        assertThat(parsed.value().users().get(0).unknownFields())
                .containsExactly(new Field("prayer_style", "in_jesus_name"));
    }

    @Test
    void badBooleanIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Pat
                is_supporter: none
                welcome_message_dismissed: false

                """);

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(4, "is_supporter is 'none', expected true or false"));
        assertThat(parsed.value().users().get(0).supporter()).isEmpty();
    }

    @Test
    void keyGivenTwiceInABlockIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Pat
                is_supporter: false
                is_supporter: true

                """);

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(5, "key 'is_supporter' given twice in the block of 'Pat' (first on line 4)"));
    }

    @Test
    void fieldBeforeAnyUsernameIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                is_supporter: true
                username: Pat

                """);

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(3, "field 'is_supporter' outside a user block (no 'username:' line above it)"));
        assertThat(parsed.value().users()).extracting(UserAttributes::username).containsExactly("Pat");
    }

    @Test
    void malformedFieldLineIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("""
                User Attributes

                username: Pat
                is_supporter:true

                """);

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(4, "malformed field line: expected '<key>: <value>'"));
        assertThat(parsed.value().lines().get(3)).isEqualTo(new UserAttributesLine.Unrecognised("is_supporter:true"));
    }

    @Test
    void lineWithoutAColonIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("User Attributes\n\nusername: Pat\nsupporter\n\n");

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(4, "not a field line: expected '<key>: <value>'"));
    }

    @Test
    void missingTitleIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("username: Pat\nis_supporter: false\n\n");

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(1, "missing title: expected 'User Attributes'"));
        assertThat(parsed.value().users()).hasSize(1);
    }

    @Test
    void titleOutOfPlaceIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("User Attributes\n\nUser Attributes\n\n");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(3, "title line out of place (the title belongs on line 1)"));
    }

    @Test
    void emptyFileIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("");

        assertThat(parsed.diagnostics()).containsExactly(new Diagnostic(0, "empty file: expected the title 'User Attributes'"));
    }

    @Test
    void carriageReturnIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("User Attributes\r\n\r\nusername: Pat\r\n");

        String reason = "carriage return in line (CRLF line endings?); line kept unread";
        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(1, reason), new Diagnostic(2, reason), new Diagnostic(3, reason));
        assertThat(parsed.value().users()).isEmpty();
    }

    @Test
    void missingFinalNewlineIsReported() {
        Parsed<UserAttributesFile> parsed = readKeepingBytes("User Attributes\n\nusername: Pat");

        assertThat(parsed.diagnostics()).containsExactly(
                new Diagnostic(3, "no newline at end of file: the last line may be truncated"));
    }

    @Test
    void refusesAValueWithALineBreak() {
        assertThatThrownBy(() -> UserAttributes.of("Pat\nusername: admin", false, null, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
    }
}
