package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.backup.DatabaseWriterRoutes;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/**
 * The {@code full-recovery} route in the running service ({@code thywill run}): the routes that write the database
 * are stopped for the whole recovery and started after, and a file dropped into the watched tree meanwhile ends up
 * in the recovered database.
 */
class FullRecoveryInRunningServiceTest {

    private static final String PRAYER_ID = "0123456789abcdef0123456789abcdef";
    private static final String LATER_ID = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path dir;

    @Test
    void theWriterRoutesAreStoppedForTheWholeRecoveryAndAFileDroppedMeanwhileIsImportedAfter() throws Exception {
        Path live = Samples.copyDatabase("community", dir.resolve("thywill.db"));
        Samples.copyArchives("community", dir.resolve("text_archives"));
        try (RunningService service = RunningService.start(dir, Map.of("thywill.sqlite.busy-timeout-ms", "30000"))) {
            CamelContext context = service.context();
            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("archive_file_ledger") == 205);
            service.database().runInTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 9)");
                }
            });
            assertThat(service.count("prayermark")).isEqualTo(547);
            List<String> writers = DatabaseWriterRoutes.STOPPED.stream().filter(id -> context.getRoute(id) != null)
                    .toList();
            assertThat(writers).contains("archive-watcher", "drop-folder-watcher", "import-archive-file");
            CompletableFuture<FullRecoveryReport> recovery;
            // Another connection holds the write lock: the recovery waits at the swap, with the routes stopped.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + live);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                recovery = CompletableFuture.supplyAsync(() -> context.createProducerTemplate()
                        .requestBody("direct:full-recovery", null, FullRecoveryReport.class));
                await().atMost(Duration.ofSeconds(30)).until(() -> writers.stream()
                        .allMatch(id -> status(context, id) == ServiceStatus.Stopped));
                writePrayer(dir.resolve("text_archives"), PRAYER_ID, "1000");
                await().atMost(Duration.ofSeconds(30)).until(() -> Files.isDirectory(dir.resolve("backups/pre_restore")));
                Thread.sleep(1500); // the watcher would have seen the file by now, were it running
                assertThat(writers).allMatch(id -> status(context, id) == ServiceStatus.Stopped);
                assertThat(DatabaseWriterRoutes.LEFT_RUNNING).filteredOn(id -> context.getRoute(id) != null)
                        .allMatch(id -> status(context, id) == ServiceStatus.Started);
                assertThat(recovery).isNotDone();
                st.execute("ROLLBACK");
            }
            FullRecoveryReport r = recovery.get(60, TimeUnit.SECONDS);

            assertThat(r.swapped()).isTrue();
            // the file dropped during the span is in the copy when the tree import read it, else the watcher takes it
            assertThat(r.inserted()).containsEntry("prayermark", 9 + r.inserted().getOrDefault("prayer", 0));
            assertThat(r.routesStopped()).containsExactlyInAnyOrderElementsOf(writers);
            assertThat(r.routesRestarted()).containsExactlyElementsOf(reversed(r.routesStopped()));
            assertThat(writers).allMatch(id -> status(context, id) == ServiceStatus.Started);
            assertThat(service.count("prayermark")).as("the service reads the recovered database")
                    .isEqualTo(547 + r.inserted().get("prayermark"));
            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("prayer where id = '" + PRAYER_ID + "'")
                    == 1);
            writePrayer(dir.resolve("text_archives"), LATER_ID, "1100");
            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("prayer where id = '" + LATER_ID + "'")
                    == 1);
            assertThat(service.count("prayer")).isEqualTo(122);
            assertThat(service.count("prayermark")).isEqualTo(558);
        }
    }

    @Test
    void aLockHeldPastTheBusyTimeoutFailsClearlyAndTheRoutesRunAgain() throws Exception {
        Path live = Samples.copyDatabase("tiny", dir.resolve("thywill.db"));
        Samples.copyArchives("tiny", dir.resolve("text_archives"));
        try (RunningService service = RunningService.start(dir, Map.of("thywill.sqlite.busy-timeout-ms", "500"))) {
            CamelContext context = service.context();
            List<String> writers = DatabaseWriterRoutes.STOPPED.stream().filter(id -> context.getRoute(id) != null)
                    .toList();
            service.database().runInTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM prayermark WHERE rowid IN (SELECT rowid FROM prayermark LIMIT 2)");
                }
            });
            int marks = service.count("prayermark");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + live);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");

                assertThatThrownBy(() -> context.createProducerTemplate().requestBody("direct:full-recovery", null,
                        FullRecoveryReport.class))
                        .isInstanceOf(CamelExecutionException.class)
                        .getCause().isInstanceOfSatisfying(FullRecoveryException.class, e -> assertThat(e.reason())
                                .isEqualTo(FullRecoveryException.Reason.DATABASE_LOCKED))
                        .hasMessageStartingWith("database is locked by another process: " + live)
                        .hasMessageContaining("the database " + live + " was not changed; its pre-recovery backup is "
                                + dir.resolve("backups/pre_restore"))
                        .hasMessageContaining("routes started again: " + String.join(", ", reversed(writers)));
                assertThat(writers).allMatch(id -> status(context, id) == ServiceStatus.Started);
                st.execute("ROLLBACK");
            }
            assertThat(service.count("prayermark")).isEqualTo(marks);
        }
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static ServiceStatus status(CamelContext context, String routeId) {
        return context.getRouteController().getRouteStatus(routeId);
    }

    private static List<String> reversed(List<String> ids) {
        List<String> r = new ArrayList<>(ids);
        Collections.reverse(r);
        return r;
    }

    private static void writePrayer(Path archives, String id, String hhmm) throws Exception {
        Path file = archives.resolve("prayers/2024/03/2024_03_05_prayer_at_" + hhmm + ".txt");
        Files.createDirectories(file.getParent());
        String at = hhmm.substring(0, 2) + ":" + hhmm.substring(2);
        Files.writeString(file, "Prayer " + id + " by Pat\nSubmitted March 05 2024 at " + at + "\n\nLord, hear us."
                + "\n\nActivity:\nMarch 05 2024 at " + at + " - Joy at Dawn prayed this prayer\n",
                StandardCharsets.UTF_8);
    }
}
