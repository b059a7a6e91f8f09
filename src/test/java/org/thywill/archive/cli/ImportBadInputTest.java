package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.DbCounts;

/** Each kind of bad archive file is rejected whole, with its file, line and reason; the good ones go in. */
class ImportBadInputTest {

    private static final String GOOD_USERS = "User Registrations for January 2024\n\nJanuary 05 2024 at 10:00 - Pat joined directly\n";

    @TempDir
    Path dir;

    Path archives;

    @BeforeEach
    void goodFile() throws Exception {
        archives = dir.resolve("text_archives");
        Files.createDirectories(archives.resolve("users"));
        Files.writeString(archives.resolve("users/2024_01_users.txt"), GOOD_USERS);
    }

    @Test
    void aFileThatIsNotUtf8() throws Exception {
        Files.write(archives.resolve("users/2024_02_users.txt"),
                "User Registrations for February 2024\n\nFebruary 05 2024 at 10:00 - Zo\u00eb joined directly\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertRejected("users/2024_02_users.txt:3: not valid UTF-8");
    }

    @Test
    void aPrayerFileWithoutItsHeader() throws Exception {
        Path prayer = archives.resolve("prayers/2024/01/2024_01_05_prayer_at_1000.txt");
        Files.createDirectories(prayer.getParent());
        Files.writeString(prayer, "January 05 2024 at 10:05 - Pat prayed this prayer\n");
        assertRejected("prayers/2024/01/2024_01_05_prayer_at_1000.txt:1: ");
        assertThat(count("prayermark")).isZero();
    }

    @Test
    void binaryJunk() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(archives.resolve("users/2024_03_users.txt"), junk);
        assertRejected("users/2024_03_users.txt:");
    }

    @Test
    void binaryJunkThatHappensToBeValidUtf8() throws Exception {
        Files.write(archives.resolve("users/2024_04_users.txt"),
                "User Registrations for April 2024\n\n\0\0\0\1\2\3".getBytes(StandardCharsets.UTF_8));
        assertRejected("users/2024_04_users.txt:3: binary content");
    }

    @Test
    void aHugeFileIsRejectedWithoutBeingRead() throws Exception {
        Path huge = archives.resolve("users/2024_05_users.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: 200 MB that cost no disk
        }
        assertRejected("users/2024_05_users.txt: file too large: 209715200 bytes");
    }

    private void assertRejected(String expected) throws Exception {
        CliHarness r = CliHarness.run("--db", dir.resolve("thywill.db").toString(), "--archives", archives.toString(),
                "import", "text-archives");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).contains("rejected", expected);
        assertThat(count("user where display_name = 'Pat'")).isEqualTo(1);
        assertThat(count("user")).isEqualTo(1);
    }

    private int count(String tableAndWhere) throws Exception {
        return DbCounts.count(dir.resolve("thywill.db"), tableAndWhere);
    }
}
