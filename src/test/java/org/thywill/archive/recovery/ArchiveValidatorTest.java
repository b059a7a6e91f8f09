package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.testing.Samples;

/**
 * {@code validate-archives}: passes on the original's own trees, and flags each kind of bad input, built here in a
 * copy of the tiny sample, with the right file, line and reason (and nothing else: the copy is otherwise clean).
 */
class ArchiveValidatorTest {

    private static final long LIMIT = 64L * 1024 * 1024;
    /** A prayer file of the tiny sample: prayer dc7ac1bc9d464544b11be1fd649b5ff4, submitted February 29 2024 at 08:15. */
    private static final String PRAYER = "prayers/2024/02/2024_02_29_prayer_at_0815.txt";
    private static final String PRAYER_ID = "dc7ac1bc9d464544b11be1fd649b5ff4";
    private static final String USERS = "users/2024_02_users.txt";

    @TempDir
    Path dir;
    Path tree;

    @BeforeEach
    void copyTiny() {
        tree = Samples.copyArchives("tiny", dir.resolve("text_archives"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void theSamplesPass(String sample) {
        ArchiveValidation v = new ArchiveValidator(Samples.archives(sample), LIMIT).validate();
        assertThat(v.problems()).isEmpty();
        assertThat(v.ok()).isTrue();
        assertThat(v.files()).isEqualTo(Samples.archiveFiles(sample).size());
        assertThat(v.prayers()).isEqualTo(sample.equals("tiny") ? 15 : 120);
        assertThat(v.filesByKind()).containsEntry("PRAYER", v.prayers()).doesNotContainKey("unknown");
    }

    @Test
    void anUnparsableTimestampIsReportedAtItsLine() throws IOException {
        int line = append(PRAYER, "February 30 2024 at 10:00 - admin prayed this prayer\n");
        assertThat(problems()).containsExactly(new ArchiveProblem(PRAYER, line, ArchiveProblem.PARSE,
                "line does not continue the activity above (only a testimony or a quoted value runs over several"
                        + " lines): not an activity line: `February 30 2024 at 10:00` is not a `Month DD YYYY at HH:MM`"
                        + " timestamp"));
    }

    @Test
    void aPrayerIdInTwoFilesNamesBothFiles() throws IOException {
        String second = "prayers/2024/02/2024_02_29_prayer_at_0815_2.txt";
        Files.copy(tree.resolve(PRAYER), tree.resolve(second));
        assertThat(problems()).containsExactly(new ArchiveProblem(second, 1, ArchiveProblem.DUPLICATE_PRAYER_ID,
                "prayer " + PRAYER_ID + " is also in " + PRAYER + " (one prayer, two files)"));
    }

    @Test
    void aFileNameNotMatchingTheSubmittedMinuteIsReportedAtTheSubmittedLine() throws IOException {
        String renamed = "prayers/2024/02/2024_02_29_prayer_at_0816.txt";
        Files.move(tree.resolve(PRAYER), tree.resolve(renamed));
        assertThat(problems()).containsExactly(new ArchiveProblem(renamed, 2, ArchiveProblem.PRAYER_FILE_NAME,
                "the file name says February 29 2024 at 08:16 but the prayer was submitted February 29 2024 at 08:15"
                        + " (expected " + PRAYER + ", or a _N name beside it)"));
    }

    @Test
    void aSuffixedNameOfTheRightMinuteIsFine() throws IOException {
        Files.move(tree.resolve(PRAYER), tree.resolve("prayers/2024/02/2024_02_29_prayer_at_0815_7.txt"));
        assertThat(problems()).isEmpty();
    }

    @Test
    void aPrayerFileInAnotherMonthsFolderIsReported() throws IOException {
        String moved = "prayers/2024/03/2024_02_29_prayer_at_0815.txt";
        Files.createDirectories(tree.resolve(moved).getParent());
        Files.move(tree.resolve(PRAYER), tree.resolve(moved));
        assertThat(problems()).containsExactly(new ArchiveProblem(moved, 0, ArchiveProblem.PRAYER_FILE_NAME,
                "not a prayer file name: expected prayers/YYYY/MM/YYYY_MM_DD_prayer_at_HHMM[_N].txt, the folder and"
                        + " the name naming the same month"));
    }

    @Test
    void theCrashIdTempIsReported() throws IOException {
        String text = Files.readString(tree.resolve(PRAYER)).replace("Prayer " + PRAYER_ID + " by", "Prayer temp by");
        Files.writeString(tree.resolve(PRAYER), text);
        assertThat(problems()).containsExactly(new ArchiveProblem(PRAYER, 1, ArchiveProblem.PARSE, "prayer id is"
                + " `temp`: the original crashed between creating the file and writing the real id into it (B14); the"
                + " file does not say which prayer it is"));
    }

    @Test
    void aMonthlyFileHoldingAnotherMonthsLineIsReportedAtThatLine() throws IOException {
        int line = append(USERS, "March 01 2024 at 10:00 - Zed joined directly\n");
        String usage = "system/2024_02_invite_usage.txt";
        int usageLine = append(usage, "2024-01-31T23:59:00.000001|0123456789abcdef|Zed|admin|token_used\n");
        assertThat(problems()).containsExactly(
                new ArchiveProblem(usage, usageLine, ArchiveProblem.MONTH, "a line of January 2024 in February 2024's file"),
                new ArchiveProblem(USERS, line, ArchiveProblem.MONTH, "a line of March 2024 in February 2024's file"));
    }

    @Test
    void aSiteActivityDayOfAnotherMonthIsReported() throws IOException {
        String activity = "activity/activity_2024_02.txt";
        int line = append(activity, "\nMarch 01 2024\n12:00 - Zed prayed for prayer " + PRAYER_ID + "\n") + 1;
        assertThat(problems()).containsExactly(
                new ArchiveProblem(activity, line, ArchiveProblem.MONTH, "a line of March 2024 in February 2024's file"));
    }

    @Test
    void aMalformedHeaderIsReportedAtLineOne() throws IOException {
        replaceFirstLine(USERS, "User Registrations for Febuary 2024");
        assertThat(problems()).containsExactly(new ArchiveProblem(USERS, 1, ArchiveProblem.PARSE,
                "header month 'Febuary 2024' is not a '<Month YYYY>'"));
    }

    @Test
    void aHeaderNamingAnotherMonthThanTheFileNameIsReported() throws IOException {
        replaceFirstLine(USERS, "User Registrations for March 2024");
        assertThat(problems()).containsExactly(new ArchiveProblem(USERS, 1, ArchiveProblem.HEADER,
                "the header names March 2024 but the file is February 2024's"));
    }

    @Test
    void aMissingFormatLineIsReported() throws IOException {
        String sessions = "sessions/2024_02_sessions.txt";
        List<String> lines = Files.readAllLines(tree.resolve(sessions));
        assertThat(lines.get(1)).startsWith("Format: ");
        lines.remove(1);
        Files.writeString(tree.resolve(sessions), String.join("\n", lines) + "\n");
        assertThat(problems()).containsExactly(new ArchiveProblem(sessions, 2, ArchiveProblem.PARSE,
                "missing Format line: expected 'Format: created_at|session_id|username|expires_at|device_info|"
                        + "ip_address|is_fully_authenticated'"));
    }

    @Test
    void theHeaderOfAnotherKindIsReported() throws IOException {
        Files.copy(tree.resolve("sessions/2024_02_sessions.txt"), tree.resolve(USERS),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<ArchiveProblem> problems = problems();
        assertThat(problems).contains(new ArchiveProblem(USERS, 1, ArchiveProblem.HEADER,
                "the first line is the header of a SESSIONS file, but the path is a USER_REGISTRATIONS file's"));
        assertThat(problems).allSatisfy(p -> assertThat(p.path()).isEqualTo(USERS));
    }

    @Test
    void anUnknownLineIsReportedAtItsLine() throws IOException {
        int line = append(USERS, "hello there\n");
        assertThat(problems()).containsExactly(new ArchiveProblem(USERS, line, ArchiveProblem.PARSE,
                "not a registration line: expected '<Month DD YYYY> at <HH:MM> - <name> joined directly' or"
                        + " '... - <name> joined on invitation from <inviter>'"));
    }

    @Test
    void aFileWhosePathNamesNoKindIsReported() throws IOException {
        Files.writeString(tree.resolve("users/notes.txt"), "remember the milk\n");
        Files.copy(tree.resolve(USERS), tree.resolve("users/2024_2_users.txt"));
        assertThat(problems()).containsExactly(
                new ArchiveProblem("users/2024_2_users.txt", 0, ArchiveProblem.UNKNOWN_FILE, "not an archive file: no"
                        + " kind of file the original writes has this path (its first line is the header of a"
                        + " USER_REGISTRATIONS file: misplaced or misnamed?)"),
                new ArchiveProblem("users/notes.txt", 0, ArchiveProblem.UNKNOWN_FILE,
                        "not an archive file: no kind of file the original writes has this path"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLine() throws IOException {
        int line = append(USERS, "");
        Files.write(tree.resolve(USERS), new byte[] {'X', (byte) 0xff, '\n'}, StandardOpenOption.APPEND);
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(USERS);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.check()).isEqualTo(ArchiveProblem.PARSE);
            assertThat(p.reason()).startsWith("not valid UTF-8: byte 0xFF at column 2");
        });
    }

    @Test
    void aFileOverTheImportLimitIsReportedUnread() throws IOException {
        long size = Files.size(tree.resolve(PRAYER));
        ArchiveValidation v = new ArchiveValidator(tree, 600).validate();
        assertThat(size).isGreaterThan(600);
        assertThat(v.problems()).contains(new ArchiveProblem(PRAYER, 0, ArchiveProblem.PARSE,
                "larger than the import's limit (" + size + " > 600 bytes, thywill.import.max-file-bytes): the import"
                        + " rejects it unread"));
    }

    @Test
    void staticContentIsLeftOut() throws IOException {
        Files.createDirectories(tree.resolve("foundational_prayers"));
        Files.writeString(tree.resolve("foundational_prayers/lords_prayer.txt"), "Our Father\n");
        ArchiveValidation v = new ArchiveValidator(tree, LIMIT).validate();
        assertThat(v.problems()).isEmpty();
        assertThat(v.leftOut()).isEqualTo(1);
    }

    @Test
    void aMissingTreeIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ArchiveValidator(dir.resolve("nowhere"), LIMIT).validate())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("archive directory not found");
    }

    private List<ArchiveProblem> problems() {
        return new ArchiveValidator(tree, LIMIT).validate().problems();
    }

    /** Appends {@code text} to a file of the tree; returns the line number of its first line. */
    private int append(String rel, String text) throws IOException {
        Path f = tree.resolve(rel);
        String before = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(before).endsWith("\n");
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(f, text, StandardOpenOption.APPEND);
        return line;
    }

    private void replaceFirstLine(String rel, String first) throws IOException {
        Path f = tree.resolve(rel);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(f, first + text.substring(text.indexOf('\n')));
    }
}
