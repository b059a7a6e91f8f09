package org.thywill.archive.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.activity.ActivityDay;
import org.thywill.archive.format.activity.ActivityEntry;
import org.thywill.archive.format.activity.ActivityFile;
import org.thywill.archive.format.activity.ActivityFileReader;
import org.thywill.archive.testing.Samples;

class TreeMergerTest {

    private static final FileTime OLD = FileTime.fromMillis(1_500_000_000_000L);
    private static final String P1 = "prayers/2024/02/2024_02_29_prayer_at_1234.txt";
    private static final String P2 = "prayers/2024/02/2024_02_29_prayer_at_1234_2.txt";
    private static final String P3 = "prayers/2024/02/2024_02_29_prayer_at_1234_3.txt";
    private static final String P4 = "prayers/2024/02/2024_02_29_prayer_at_1234_4.txt";

    @TempDir
    Path dir;

    private Path tree() {
        return dir.resolve("tree");
    }

    private Path staged() {
        return dir.resolve("staged");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** Every file of the tree: relative path → content. */
    private static Map<String, String> contents(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, FileTime> mtimes(Path root) {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void ageAll(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, OLD);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path root, String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(p, OLD);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path root, String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sample(String relative) {
        return read(Samples.archives("tiny"), relative);
    }

    private static FileTime mtime(Path root, String relative) throws IOException {
        return Files.getLastModifiedTime(root.resolve(relative));
    }

    private static void assertReadsCleanly(String relative, String text) {
        ArchiveKind kind = ArchiveKind.of(relative).orElseThrow();
        Parsed<?> parsed = ArchiveFormats.reader(kind).orElseThrow().read(text);
        assertThat(parsed.diagnostics()).as(relative).isEmpty();
    }

    // ---- whole trees --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void mergingASampleIntoAnEmptyTreeReproducesItByteForByte(String sample) throws IOException {
        Samples.copyArchives(sample, staged());

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).isEmpty();
        assertThat(contents(tree())).isEqualTo(contents(Samples.archives(sample)));
        assertThat(report.created()).hasSize(Samples.archiveFiles(sample).size());
        assertThat(report.placedElsewhere()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void mergingASampleIntoItselfChangesNothing(String sample) throws IOException {
        Samples.copyArchives(sample, tree());
        Samples.copyArchives(sample, staged());
        ageAll(tree());
        Map<String, FileTime> before = mtimes(tree());

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.changedNothing()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.identical()).hasSize(before.size());
        assertThat(mtimes(tree())).isEqualTo(before);
        assertThat(contents(tree())).isEqualTo(contents(Samples.archives(sample)));
    }

    // ---- the cases, one by one ----------------------------------------------------------------------

    @Test
    void aFileTheTreeLacksIsWritten() throws IOException {
        Samples.copyArchives("tiny", tree());
        Files.delete(tree().resolve("users/2024_02_users.txt"));
        write(staged(), "users/2024_02_users.txt", sample("users/2024_02_users.txt"));

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.created()).containsExactly("users/2024_02_users.txt");
        assertThat(read(tree(), "users/2024_02_users.txt")).isEqualTo(sample("users/2024_02_users.txt"));
        assertThat(Files.list(tree().resolve("users")).toList()).hasSize(6);
    }

    @Test
    void anIdenticalFileIsLeftAloneWithItsMtime() throws IOException {
        write(tree(), P1, sample(P1));
        write(staged(), P1, sample(P1));

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.identical()).containsExactly(P1);
        assertThat(report.changedNothing()).isTrue();
        assertThat(mtime(tree(), P1)).isEqualTo(OLD);
    }

    @Test
    void prayerActivityTheTreeLacksIsAppendedInTheTreesOrder() throws IOException {
        String full = sample(P2);
        String last = "March 02 2024 at 18:51 - Mary prayed this prayer\n";
        String treeOnly = "March 05 2024 at 10:00 - Pat prayed this prayer\n";
        assertThat(full).endsWith(last);
        write(tree(), P2, full.substring(0, full.length() - last.length()) + treeOnly);
        write(staged(), P2, full);

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.linesAppended()).containsExactly(Map.entry(P2, 1));
        assertThat(read(tree(), P2)).isEqualTo(full.substring(0, full.length() - last.length()) + treeOnly + last);
        assertReadsCleanly(P2, read(tree(), P2));
    }

    @Test
    void prayerActivityIsAMultiset() throws IOException {
        String base = sample(P3);
        String mark = "February 29 2024 at 22:45 - Mary prayed this prayer\n";
        assertThat(base).endsWith(mark);
        write(tree(), P3, base);
        write(staged(), P3, base + mark + mark);

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.linesAppended()).containsExactly(Map.entry(P3, 2));
        assertThat(read(tree(), P3)).isEqualTo(base + mark + mark);

        TreeMerger.merge(staged(), tree());
        assertThat(read(tree(), P3)).as("a second merge adds nothing").isEqualTo(base + mark + mark);
    }

    @Test
    void aLenientTimestampMatchesItsCanonicalTwin() throws IOException {
        String base = sample(P3);
        write(tree(), P3, base);
        write(staged(), P3, base.replace("February 29 2024 at 22:45 - Mary", "February 29 2024 at 22:45:10 - Mary"));

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.nothingNew()).containsExactly(P3);
        assertThat(mtime(tree(), P3)).isEqualTo(OLD);
    }

    @Test
    void sameMinutePrayersAreMatchedByIdAcrossDifferentNumbering() throws IOException {
        String a = sample(P1);
        String b = sample(P2);
        String c = sample(P3);
        String d = "Prayer 0123456789abcdef0123456789abcdef by Kim\nSubmitted February 29 2024 at 12:34\n\n"
                + "A fourth prayer of that minute, from the other community.\n\nActivity:\n";
        String newMark = "March 09 2024 at 08:00 - Kim prayed this prayer\n";
        write(tree(), P1, a);
        write(tree(), P2, b);
        write(tree(), P3, c);
        // the other community numbered the minute c, a (+ one mark), d, b
        write(staged(), P1, c);
        write(staged(), P2, a + newMark);
        write(staged(), P3, d);
        write(staged(), P4, b);

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).isEmpty();
        assertThat(report.placedElsewhere()).containsExactly(Map.entry(P1, P3), Map.entry(P2, P1), Map.entry(P3, P4),
                Map.entry(P4, P2));
        assertThat(report.identical()).containsExactlyInAnyOrder(P3, P2);
        assertThat(report.linesAppended()).containsExactly(Map.entry(P1, 1));
        assertThat(report.created()).containsExactly(P4);
        assertThat(read(tree(), P1)).isEqualTo(a + newMark);
        assertThat(read(tree(), P2)).isEqualTo(b);
        assertThat(read(tree(), P3)).isEqualTo(c);
        assertThat(read(tree(), P4)).isEqualTo(d);
        assertThat(contents(tree())).hasSize(4);

        MergeReport again = TreeMerger.merge(staged(), tree());
        assertThat(again.changedNothing()).isTrue();
        assertThat(contents(tree())).as("never two files for one prayer").hasSize(4);
    }

    @Test
    void aPrayerTheTreeHasUnderAnotherNameIsNotWrittenTwice() throws IOException {
        write(tree(), P2, sample(P1));
        write(staged(), P1, sample(P1));

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.placedElsewhere()).containsExactly(Map.entry(P1, P2));
        assertThat(report.identical()).containsExactly(P2);
        assertThat(Files.exists(tree().resolve(P1))).isFalse();
    }

    @Test
    void aNewPrayerAtATakenNameGoesToTheFirstFreeName() throws IOException {
        write(tree(), P1, sample(P1));
        write(tree(), P3, sample(P3));
        write(staged(), P1, sample(P2));

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.created()).containsExactly(P2);
        assertThat(report.placedElsewhere()).containsExactly(Map.entry(P1, P2));
        assertThat(read(tree(), P2)).isEqualTo(sample(P2));
        assertThat(read(tree(), P1)).isEqualTo(sample(P1));
    }

    @Test
    void theSamePrayerWithADifferentTextIsReportedNotMerged() throws IOException {
        write(tree(), P1, sample(P1));
        write(staged(), P1, sample(P1).replace("after the flood", "after the storm")
                + "March 01 2024 at 10:00 - Kim prayed this prayer\n");

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).containsExactly(new MergeProblem(P1, P1, "the tree's file of prayer"
                + " ca30f5807d2d4495aeb28e6a96409ef9 has a different request text; the tree's file is kept, not merged"));
        assertThat(read(tree(), P1)).isEqualTo(sample(P1));
        assertThat(mtime(tree(), P1)).isEqualTo(OLD);
    }

    @Test
    void monthlyUserLinesTheTreeLacksAreAppendedAfterItsRows() throws IOException {
        String header = "User Registrations for February 2024\n\n";
        String mary = "February 29 2024 at 15:27 - Mary joined on invitation from admin\n";
        String kim = "February 10 2024 at 09:00 - Kim Lee joined directly\n";
        String ann = "February 01 2024 at 07:00 - Ann joined on invitation from Kim Lee\n";
        write(tree(), "users/2024_02_users.txt", header + mary + kim);
        write(staged(), "users/2024_02_users.txt", header + ann + kim + mary);

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.linesAppended()).containsExactly(Map.entry("users/2024_02_users.txt", 1));
        assertThat(read(tree(), "users/2024_02_users.txt")).isEqualTo(header + mary + kim + ann);
        assertReadsCleanly("users/2024_02_users.txt", read(tree(), "users/2024_02_users.txt"));
    }

    @Test
    void theTreesHeaderIsKept() throws IOException {
        String row1 = "February 29 2024 at 15:44|70dddcdb2a4a4ed2b4dc8c40d5ae235a|Mary Ann|March 14 2024 at 15:44|Firefox|203.0.113.54|yes\n";
        String row2 = "February 29 2024 at 16:00|80dddcdb2a4a4ed2b4dc8c40d5ae235a|Kim|March 14 2024 at 16:00|Safari|203.0.113.55|yes\n";
        String format = "Format: created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated\n\n";
        write(tree(), "sessions/2024_02_sessions.txt",
                "Sessions for February 2024 (exported February 29 2024 at 15:44)\n" + format + row1);
        write(staged(), "sessions/2024_02_sessions.txt",
                "Sessions for February 2024 (exported February 29 2024 at 16:00)\n" + format + row1 + row2);

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).isEmpty();
        assertThat(read(tree(), "sessions/2024_02_sessions.txt")).isEqualTo(
                "Sessions for February 2024 (exported February 29 2024 at 15:44)\n" + format + row1 + row2);
    }

    @Test
    void rowsAreAppendedToAnExportLayoutSessionsFile() throws IOException {
        String row1 = "February 29 2024 at 15:44|70dddcdb2a4a4ed2b4dc8c40d5ae235a|Mary Ann|March 14 2024 at 15:44|Firefox|203.0.113.54|yes";
        String row2 = "February 29 2024 at 16:00|80dddcdb2a4a4ed2b4dc8c40d5ae235a|Kim|March 14 2024 at 16:00|unknown|unknown|no";
        String format = "Format: created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated\n";
        String exported = "Sessions for February 2024 (exported March 01 2024 at 09:00)\n" + format + "\n\n" + row1;
        String path = "sessions/2024_02_sessions.txt";
        assertReadsCleanly(path, exported);
        write(tree(), path, exported);
        write(staged(), path, "Sessions for February 2024 (exported February 29 2024 at 15:44)\n" + format + "\n"
                + row1 + "\n" + row2 + "\n");

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).isEmpty();
        assertThat(read(tree(), path)).isEqualTo(exported + "\n" + row2 + "\n");
        assertReadsCleanly(path, read(tree(), path));
    }

    @Test
    void eventLogLinesAreAppended() throws IOException {
        String one = "2024-02-29T15:44:33.731595+00:00 - Session 70dd created for user Mary Ann\n";
        String two = "2024-02-29T16:00:00.000001+00:00 - Session 80dd created for user Kim\n";
        String path = "system/event_log/session_events_2024_02.txt";
        write(tree(), path, one);
        write(staged(), path, two + one);

        TreeMerger.merge(staged(), tree());

        assertThat(read(tree(), path)).isEqualTo(one + two);
        assertReadsCleanly(path, read(tree(), path));
    }

    @Test
    void activityEntriesLandUnderTheirOwnDay() throws IOException {
        String path = "activity/activity_2024_02.txt";
        String header = "Activity for February 2024\n\n";
        write(tree(), path, header
                + "\nFebruary 03 2024\n10:00 - Pat prayed for prayer a1\n"
                + "\nFebruary 05 2024\n11:00 - Pat prayed for prayer a2\n");
        write(staged(), path, header
                + "\nFebruary 01 2024\n08:00 - Kim prayed for prayer a0\n"
                + "\nFebruary 03 2024\n10:00 - Pat prayed for prayer a1\n10:30 - Kim prayed for prayer a1\n"
                + "\nFebruary 04 2024\n09:00 - Kim Lee registered via invitation from Pat\n"
                + "\nFebruary 05 2024\n11:00 - Pat prayed for prayer a2\n"
                + "\nFebruary 07 2024\n07:00 - Kim prayed for prayer a2\n");

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.linesAppended()).containsExactly(Map.entry(path, 4));
        String merged = read(tree(), path);
        assertThat(merged).isEqualTo(header
                + "\nFebruary 01 2024\n08:00 - Kim prayed for prayer a0\n"
                + "\nFebruary 03 2024\n10:00 - Pat prayed for prayer a1\n10:30 - Kim prayed for prayer a1\n"
                + "\nFebruary 04 2024\n09:00 - Kim Lee registered via invitation from Pat\n"
                + "\nFebruary 05 2024\n11:00 - Pat prayed for prayer a2\n"
                + "\nFebruary 07 2024\n07:00 - Kim prayed for prayer a2\n");
        Parsed<ActivityFile> parsed = new ActivityFileReader().read(merged);
        assertThat(parsed.diagnostics()).isEmpty();
        Map<String, List<String>> byDay = new TreeMap<>();
        for (ActivityDay day : parsed.value().days()) {
            byDay.put(day.date().toString(), day.entries().stream().map(ActivityEntry::user).toList());
        }
        assertThat(byDay).containsExactly(Map.entry("2024-02-01", List.of("Kim")),
                Map.entry("2024-02-03", List.of("Pat", "Kim")), Map.entry("2024-02-04", List.of("Kim Lee")),
                Map.entry("2024-02-05", List.of("Pat")), Map.entry("2024-02-07", List.of("Kim")));
    }

    @Test
    void activityForAnEarlierDayIsNotPutUnderTheLastHeading() throws IOException {
        String path = "activity/activity_2024_02.txt";
        String tree = sample(path);
        write(tree(), path, tree);
        write(staged(), path, "Activity for February 2024\n\n\nFebruary 29 2024\n23:59 - Mary prayed for prayer x\n"
                + "\nFebruary 28 2024\n07:00 - Mary prayed for prayer y\n");

        TreeMerger.merge(staged(), tree());

        String merged = read(tree(), path);
        assertThat(merged).isEqualTo("Activity for February 2024\n\n\nFebruary 28 2024\n07:00 - Mary prayed for"
                + " prayer y\n\n" + tree.substring("Activity for February 2024\n\n\n".length())
                + "23:59 - Mary prayed for prayer x\n");
        assertReadsCleanly(path, merged);
    }

    @Test
    void aDumpThatDiffersIsReportedAndTheTreesFileKept() throws IOException {
        String path = "system/current_state/active_sessions.txt";
        String tree = sample(path);
        write(tree(), path, tree);
        write(staged(), path, tree.replaceFirst("# Generated: [^\n]*", "# Generated: 2025-02-01T00:00:00.000001+00:00"));
        String stagedText = read(staged(), path);
        assertThat(stagedText).isNotEqualTo(tree);
        assertReadsCleanly(path, stagedText);

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).containsExactly(new MergeProblem(path, path, "differs from the tree's file,"
                + " and a ACTIVE_SESSIONS file is rewritten whole rather than appended to, so it cannot be merged line"
                + " by line; the tree's file is kept"));
        assertThat(read(tree(), path)).isEqualTo(tree);
        assertThat(mtime(tree(), path)).isEqualTo(OLD);
    }

    @Test
    void aStagedFileWithDiagnosticsIsNotMerged() throws IOException {
        write(tree(), "users/2024_02_users.txt", sample("users/2024_02_users.txt"));
        write(staged(), "users/2024_02_users.txt", sample("users/2024_02_users.txt") + "garbage line\n");
        write(staged(), "users/2024_03_users.txt", "User Registrations for March 2024\n\nnot a registration\n");

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).extracting(MergeProblem::stagedPath)
                .containsExactly("users/2024_02_users.txt", "users/2024_03_users.txt");
        assertThat(report.problems().get(1).reason()).startsWith("the staged file does not read cleanly (line 3: ");
        assertThat(Files.exists(tree().resolve("users/2024_03_users.txt"))).isFalse();
        assertThat(read(tree(), "users/2024_02_users.txt")).isEqualTo(sample("users/2024_02_users.txt"));
    }

    @Test
    void aTreeFileWithDiagnosticsIsNotRewritten() throws IOException {
        String broken = sample("users/2024_02_users.txt") + "a line the reader cannot read\n";
        write(tree(), "users/2024_02_users.txt", broken);
        write(staged(), "users/2024_02_users.txt", sample("users/2024_02_users.txt")
                + "February 10 2024 at 09:00 - Kim joined directly\n");

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().get(0).reason()).startsWith("the merged file would not read cleanly (line 4: ");
        assertThat(read(tree(), "users/2024_02_users.txt")).isEqualTo(broken);
        assertThat(mtime(tree(), "users/2024_02_users.txt")).isEqualTo(OLD);
    }

    @Test
    void aFileOfNoArchiveKindIsReported() throws IOException {
        write(staged(), "README.txt", "hello\n");

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).containsExactly(new MergeProblem("README.txt", null,
                "not an archive file: no archive kind has this path; not merged"));
        assertThat(contents(tree())).isEmpty();
    }

    @Test
    void hiddenStagedFilesAreNotMerged() throws IOException {
        write(staged(), ".users.tmp", "x");
        write(staged(), "users/.2024_02_users.txt.0011223344556677.tmp", "x");

        MergeReport report = TreeMerger.merge(staged(), tree());

        assertThat(report.problems()).isEmpty();
        assertThat(contents(tree())).isEmpty();
    }
}
