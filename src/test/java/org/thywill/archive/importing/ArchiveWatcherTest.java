package org.thywill.archive.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/** The archive-watcher route of a running service, on real files and a real database. */
class ArchiveWatcherTest {

    private static final String PRAYER_ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void importsWhatAppearsInTheArchiveTree() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            Samples.copyArchives("tiny", dir.resolve("text_archives"));
            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("prayer") == 15 && service.count("user") == 6);
            assertThat(service.count("prayermark")).isEqualTo(20);
            assertThat(service.count("archive_file_ledger where status = 'rejected'")).isZero();
        }
    }

    @Test
    void stoppingTheWatcherOverJmxStopsImportsAndStartingItCatchesUp() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            ObjectName watcher = new ObjectName("org.apache.camel:context=thywill,type=routes,name=\"archive-watcher\"");
            jmx.invoke(watcher, "stop", null, null);
            assertThat(jmx.getAttribute(watcher, "State")).isEqualTo("Stopped");

            writePrayer(dir.resolve("text_archives"), "Lord, hear us.");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> service.count("prayer") == 0);

            jmx.invoke(watcher, "start", null, null);
            await().atMost(Duration.ofSeconds(30)).until(() -> service.count("prayer") == 1);
        }
    }

    @Test
    void aFileStillBeingWrittenIsReadOnlyOnceComplete() throws Exception {
        // the default quiet time, ten times the writer's pauses: a stalled writer on a loaded machine is not "done"
        try (RunningService service = RunningService.start(dir, Map.of("thywill.watch.min-age-ms", "2000"))) {
            Path file = dir.resolve("text_archives/prayers/2024/03/2024_03_05_prayer_at_1000.txt");
            Files.createDirectories(file.getParent());
            NotifyBuilder imported = new NotifyBuilder(service.context()).fromRoute("archive-watcher")
                    .whenCompleted(1).create();
            AtomicInteger marks = new AtomicInteger();
            // A slow writer: the header, then one activity line every 400 ms for about 4 s, each line
            // written in two halves so that a reader racing the writer would see a torn line.
            Files.writeString(file, "Prayer " + PRAYER_ID + " by Pat\nSubmitted March 05 2024 at 10:00\n\nPlease pray.\n\nActivity:\n");
            for (int i = 0; i < 10; i++) {
                String line = String.format("March 05 2024 at 10:%02d - Joy at Dawn prayed this prayer%n", 10 + i);
                Files.writeString(file, line.substring(0, 20), StandardOpenOption.APPEND);
                Thread.sleep(200); // the writer's own pace, not a wait for the system under test
                Files.writeString(file, line.substring(20), StandardOpenOption.APPEND);
                marks.incrementAndGet();
                Thread.sleep(200);
            }
            assertThat(imported.matches(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> service.count("prayermark") == marks.get());
            // Read once, whole: a torn read would have been a second (rejected) pass over the file.
            ObjectName route = new ObjectName("org.apache.camel:context=thywill,type=routes,name=\"import-archive-file\"");
            assertThat(ManagementFactory.getPlatformMBeanServer().getAttribute(route, "ExchangesCompleted")).isEqualTo(1L);
        }
    }

    @Test
    void aBadFileIsRejectedOnceWithItsLineAndReasonAndTheOthersGoOn() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            Path archives = dir.resolve("text_archives");
            Path bad = archives.resolve("users/2024_01_users.txt");
            Files.createDirectories(bad.getParent());
            Files.writeString(bad, "User Registrations for January 2024\n\nJanuary 05 2024 at 10:00 - Pat joined directly\ngarbage line\n");
            writePrayer(archives, "Lord, hear us.");
            await().atMost(Duration.ofSeconds(30)).until(() -> service.count("prayer") == 1
                    && service.count("archive_file_ledger where status = 'rejected'") == 1);
            assertThat(service.count("user")).isZero();
            String error = service.database().read(c -> {
                try (java.sql.ResultSet rs = c.createStatement().executeQuery("select error from archive_file_ledger where status = 'rejected'")) {
                    return rs.getString(1);
                }
            });
            assertThat(error).startsWith("users/2024_01_users.txt:4: ");
        }
    }

    private static void writePrayer(Path archives, String text) throws IOException {
        Path file = archives.resolve("prayers/2024/03/2024_03_05_prayer_at_1000.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Prayer " + PRAYER_ID + " by Pat\nSubmitted March 05 2024 at 10:00\n\n" + text
                + "\n\nActivity:\nMarch 05 2024 at 10:05 - Joy at Dawn prayed this prayer\n", StandardCharsets.UTF_8);
    }
}
