package org.thywill.archive.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.importing.FileOutcome;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.testing.ArchiveTrees;
import org.thywill.archive.testing.RunningService;

/**
 * The quarantine {@code text_archives/.repaired/} holds copies taken out of the tree: neither the importer nor the
 * archive watcher reads it (a prayer only there is never imported).
 */
class QuarantineIsNotReadTest {

    static final String HIDDEN_ID = "feedfacefeedfacefeedfacefeedface";
    static final String VISIBLE_ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    static void writePrayer(Path archives, String relative, String id) throws Exception {
        Path file = archives.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Prayer " + id + " by Pat\nSubmitted March 05 2024 at 10:00\n\nPlease pray.\n\n"
                + "Activity:\nMarch 05 2024 at 10:05 - Pat prayed this prayer\n");
    }

    @Test
    void theImporterDoesNotReadTheQuarantine() throws Exception {
        Path archives = dir.resolve("text_archives");
        writePrayer(archives, RepairFixture.QUARANTINE + "/prayers/2024/03/2024_03_05_prayer_at_1000.txt", HIDDEN_ID);
        writePrayer(archives, "prayers/2024/03/2024_03_05_prayer_at_1000.txt", VISIBLE_ID);
        Path db = dir.resolve("thywill.db");
        ImportReport r = ArchiveTrees.importIntoEmpty(archives, db);
        assertThat(r.outcomes()).extracting(FileOutcome::path)
                .containsExactly("prayers/2024/03/2024_03_05_prayer_at_1000.txt");
        assertThat(RepairFixture.rows(db, "SELECT id FROM prayer")).containsExactly(VISIBLE_ID);
    }

    @Test
    void theArchiveWatcherDoesNotReadTheQuarantine() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            Path archives = dir.resolve("text_archives");
            writePrayer(archives, RepairFixture.QUARANTINE + "/prayers/2024/03/2024_03_05_prayer_at_1000.txt", HIDDEN_ID);
            writePrayer(archives, "prayers/2024/03/2024_03_05_prayer_at_1000.txt", VISIBLE_ID);
            await().atMost(Duration.ofSeconds(30)).until(() -> service.count("prayer") == 1);
            // a few more polls of the watcher: the quarantined prayer still does not come in
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> service.count("prayer") == 1
                    && service.count("archive_file_ledger where path like '.repaired%'") == 0);
            assertThat(service.count("prayer where id = '" + HIDDEN_ID + "'")).isZero();
        }
    }
}
