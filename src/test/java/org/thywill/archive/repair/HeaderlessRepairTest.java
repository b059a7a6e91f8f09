package org.thywill.archive.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.Samples;

/** repair-archives on headerless prayer files (activity appended to a missing file, B16). */
class HeaderlessRepairTest {

    static final String MARY = "prayers/2024/11/2024_11_01_prayer_at_0155.txt";
    static final String TAGGED = "prayers/2023/12/2023_12_31_prayer_at_2359_2.txt";

    @TempDir
    Path dir;

    /** The file's activity lines alone, as appending to the deleted file would leave it. */
    static void dropHeader(RepairFixture f, String relative) {
        String text = f.read(relative);
        f.write(relative, text.substring(text.indexOf("\nActivity:\n") + "\nActivity:\n".length()));
    }

    @Test
    void aHeaderlessFileGetsItsHeaderBackFromTheRowNamingIt() throws Exception {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            dropHeader(f, MARY);
            dropHeader(f, TAGGED);

            RepairReport r = f.repair(false);

            assertThat(r.problems()).isEmpty();
            assertThat(r.kinds().get(RepairReport.HEADERLESS_FILES)).isEqualTo(new RepairReport.KindCounts(2, 0));
            assertThat(r.changes()).extracting(RepairReport.Change::subject).containsExactly(TAGGED, MARY);
            // what the original wrote, byte for byte: header, project tag, request, generated prayer, activity
            assertThat(f.read(MARY)).isEqualTo(Files.readString(Samples.archives("tiny").resolve(MARY)));
            assertThat(f.read(TAGGED)).isEqualTo(Files.readString(Samples.archives("tiny").resolve(TAGGED)));
            assertThat(f.repair(false).changes()).isEmpty();
        }
    }

    @Test
    void aHeaderlessFileNoRowNamesIsReportedAndLeftAlone() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            String orphan = "prayers/2024/06/2024_06_01_prayer_at_0900.txt";
            f.write(orphan, "June 01 2024 at 09:05 - Pat prayed this prayer\n");
            Map<String, String> before = f.state();

            RepairReport r = f.repair(false);

            assertThat(r.problems()).containsExactly(new RepairReport.Problem(RepairReport.HEADERLESS_FILES, orphan,
                    "no `Prayer <id> by <author>` header, and no prayer's text_file_path names the file: header not"
                            + " restored"));
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Test
    void aHeaderlessFileWithLinesThatAreNoActivityIsNotRestored() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            dropHeader(f, MARY);
            f.write(MARY, f.read(MARY) + "this is not an activity line\n");
            Map<String, String> before = f.state();

            RepairReport r = f.repair(false);

            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RepairReport.HEADERLESS_FILES);
                assertThat(p.reason()).startsWith("besides its missing header, it has lines that are not activity"
                        + " lines: " + MARY + ":3: ").endsWith("; header not restored");
            });
            assertThat(f.state()).isEqualTo(before);
        }
    }

    @Test
    void aDryRunRestoresNothing() {
        try (RepairFixture f = new RepairFixture("tiny", dir)) {
            dropHeader(f, MARY);
            Map<String, String> before = f.state();

            RepairReport dry = f.repair(true);

            assertThat(dry.kinds().get(RepairReport.HEADERLESS_FILES)).isEqualTo(new RepairReport.KindCounts(1, 0));
            assertThat(f.state()).isEqualTo(before);
        }
    }
}
