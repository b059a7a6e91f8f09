package org.thywill.archive.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Leftovers of an earlier killed run, planted before a trial starts so that "ignored" is tested in every trial, not
 * only when the random kill happens to leave some: what a killed intake or heal leaves looks like this, and none
 * of it may become data (the trial's checks hold the tree and the database to the reference).
 */
final class Leftovers {

    /** A prayer file's text that no community holds: if any of it were imported, the database checks would fail. */
    private static final String FOREIGN_PRAYER = """
            Prayer 0000000000000000000000000000dead by Nobody Here
            Submitted March 01 2024 at 10:00
            Project: crash

            A request that must never be imported

            Generated Prayer:
            A prayer that must never be imported

            Activity:
            March 01 2024 at 10:01 - Nobody Here prayed this prayer
            """;

    private Leftovers() {
    }

    /**
     * In {@code tree}: a hidden temp file of a half-written new prayer file (cut mid-line), and one of a whole one,
     * named as {@code DurableFiles} names them.
     */
    static void plantTempFiles(Path tree) throws IOException {
        Path month = tree.resolve("prayers").resolve("2024").resolve("03");
        Files.createDirectories(month);
        Files.writeString(month.resolve(".2024_03_01_prayer_at_1000.txt.00c0ffee00c0ffee.tmp"), FOREIGN_PRAYER,
                StandardCharsets.UTF_8);
        Files.writeString(month.resolve(".2024_03_01_prayer_at_1000.txt.0badf00d0badf00d.tmp"),
                FOREIGN_PRAYER.substring(0, FOREIGN_PRAYER.length() / 2), StandardCharsets.UTF_8);
    }

    /**
     * In a backup tier folder: a killed backup's temp file, cut short (not a whole SQLite file), and the sidecar and
     * manifest of a backup killed between claiming its final name and linking its copy to it.
     */
    static void plantBackupTemp(Path tierFolder) throws IOException {
        Files.createDirectories(tierFolder);
        byte[] partial = new byte[8192];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, partial, 0, 16);
        Files.write(tierFolder.resolve(".thywill_daily_20261101_020000.00c0ffee00c0ffee.tmp"), partial);
        // killed after claiming its name, before linking the copy to it: a sidecar and a manifest, no backup
        Files.writeString(tierFolder.resolve("thywill_daily_20261101_020000.db.sha256"),
                "0000000000000000000000000000000000000000000000000000000000000000  thywill_daily_20261101_020000.db\n");
        Files.writeString(tierFolder.resolve("thywill_daily_20261101_020000.db.manifest.json"), "{}\n");
    }

    /**
     * In the drop folder: a killed intake's staging folder (named, as the intake names them, with the pid of a
     * process that has ended), holding a whole foreign prayer file as staged.
     */
    static void plantStagingFolder(Path incoming) throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path staged = incoming.resolve(".staging")
                .resolve("community.zip-p" + ended.pid() + "-00000000-dead-beef-0000-000000000000")
                .resolve("prayers").resolve("2024").resolve("03");
        Files.createDirectories(staged);
        Files.writeString(staged.resolve("2024_03_01_prayer_at_1000.txt"), FOREIGN_PRAYER, StandardCharsets.UTF_8);
    }
}
