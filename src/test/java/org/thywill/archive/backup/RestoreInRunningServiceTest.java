package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;

/**
 * The {@code restore} route in the running service ({@code thywill run}): the routes that write the database are
 * stopped while the file is swapped and started after, and the service goes on with the restored database.
 */
class RestoreInRunningServiceTest {

    private static final String PRAYER_ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private Path backup;
    private Path live;

    @BeforeEach
    void aBackupOfAnotherDatabase() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("thywill.db");
        LiveDatabases.withLoad(source, 4, 10, 10).close();
        backup = new BackupTaker(source, dir.resolve("source-backups"), 10_000, Clock.systemUTC())
                .take(BackupTier.DAILY).file();
        live = dir.resolve("thywill.db");
    }

    @Test
    void theWriterRoutesAreStoppedDuringTheSwapAndStartedAfterAndTheNextImportGoesIntoTheRestoredDatabase()
            throws Exception {
        try (RunningService service = RunningService.start(dir, Map.of("thywill.sqlite.busy-timeout-ms", "30000"))) {
            CamelContext context = service.context();
            List<String> writers = DatabaseWriterRoutes.STOPPED.stream().filter(id -> context.getRoute(id) != null)
                    .toList();
            assertThat(writers).contains("archive-watcher", "drop-folder-watcher", "scheduled-export",
                    "import-archive-file", "import-text-archives", "heal-archives");
            assertThat(writers).allMatch(id -> status(context, id) == ServiceStatus.Started);
            assertThat(service.count("sqlite_master where name = 'load'")).as("not the backup's yet").isZero();
            CompletableFuture<RestoreReport> restore;
            // Another connection holds the write lock, so the restore waits at the lock with the routes stopped.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + live);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                restore = CompletableFuture.supplyAsync(() -> context.createProducerTemplate().requestBodyAndHeaders(
                        "direct:restore", null, Map.of("thywillFile", backup), RestoreReport.class));
                await().atMost(Duration.ofSeconds(30)).until(() -> status(context, "archive-watcher")
                        == ServiceStatus.Stopped && Files.isDirectory(dir.resolve("backups/pre_restore")));
                await().atMost(Duration.ofSeconds(30)).until(() -> writers.stream()
                        .allMatch(id -> status(context, id) == ServiceStatus.Stopped));
                ObjectName watcher = new ObjectName(
                        "org.apache.camel:context=thywill,type=routes,name=\"archive-watcher\"");
                assertThat(ManagementFactory.getPlatformMBeanServer().getAttribute(watcher, "State"))
                        .isEqualTo("Stopped");
                assertThat(DatabaseWriterRoutes.LEFT_RUNNING).filteredOn(id -> context.getRoute(id) != null)
                        .allMatch(id -> status(context, id) == ServiceStatus.Started);
                assertThat(restore).isNotDone();
                st.execute("ROLLBACK");
            }
            RestoreReport r = restore.get(60, TimeUnit.SECONDS);

            assertThat(r.routesStopped()).containsExactlyInAnyOrderElementsOf(writers);
            assertThat(r.routesRestarted()).containsExactlyElementsOf(reversed(r.routesStopped()));
            assertThat(writers).allMatch(id -> status(context, id) == ServiceStatus.Started);
            assertThat(r.preRestoreBackup()).exists();
            assertThat(service.count("load")).as("the service reads the restored database").isEqualTo(40);

            writePrayer(dir.resolve("text_archives"));
            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("prayer") == 1);
        }
        try (Connection c = LiveDatabases.readOnly(live);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM load")) {
            assertThat(rs.getInt(1)).as("the restored file is the live one").isEqualTo(40);
        }
    }

    @Test
    void aFileImportedIntoTheReplacedDatabaseIsImportedAgainIntoTheRestoredOne() throws Exception {
        try (RunningService service = RunningService.start(dir, Map.of())) {
            writePrayer(dir.resolve("text_archives"));
            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("prayer") == 1);
            RestoreReport r = service.context().createProducerTemplate().requestBodyAndHeaders("direct:restore", null,
                    Map.of("thywillFile", backup), RestoreReport.class);
            assertThat(r.hasProblems()).isFalse();
            assertThat(service.count("load")).isEqualTo(40);
            // The importer's ledger is the restored database's, which has not seen the file: the watcher imports it.
            await().atMost(Duration.ofSeconds(60)).until(() -> service.count("prayer") == 1);
        }
    }

    @Test
    void aLockHeldPastTheBusyTimeoutFailsClearlyAndTheRoutesRunAgain() throws Exception {
        try (RunningService service = RunningService.start(dir, Map.of("thywill.sqlite.busy-timeout-ms", "500"))) {
            CamelContext context = service.context();
            List<String> writers = DatabaseWriterRoutes.STOPPED.stream().filter(id -> context.getRoute(id) != null)
                    .toList();
            int usersBefore = service.count("user");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + live);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                st.execute("INSERT INTO user (display_name, created_at, welcome_message_dismissed, is_supporter)"
                        + " VALUES ('Uncommitted', '2024-06-05 09:07:00.000000', 0, 0)");

                assertThatThrownBy(() -> context.createProducerTemplate().requestBodyAndHeaders("direct:restore", null,
                        Map.of("thywillFile", backup), RestoreReport.class))
                        .isInstanceOf(CamelExecutionException.class)
                        .getCause().isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.reason())
                                .isEqualTo(RestoreException.Reason.DATABASE_LOCKED))
                        .hasMessageStartingWith("database is locked by another process: " + live)
                        .hasMessageContaining("the database " + live + " was not changed; its pre-restore copy is "
                                + dir.resolve("backups/pre_restore"))
                        .hasMessageContaining("routes started again: " + String.join(", ", reversed(writers)));
                assertThat(writers).allMatch(id -> status(context, id) == ServiceStatus.Started);
                st.execute("ROLLBACK");
            }
            assertThat(service.count("user")).isEqualTo(usersBefore);
            assertThat(service.count("sqlite_master where name = 'load'")).as("not the backup's").isZero();
            assertThat(BackupTakerTest.files(dir)).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static ServiceStatus status(CamelContext context, String routeId) {
        return context.getRouteController().getRouteStatus(routeId);
    }

    private static List<String> reversed(List<String> ids) {
        List<String> r = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(r);
        return r;
    }

    private static void writePrayer(Path archives) throws Exception {
        Path file = archives.resolve("prayers/2024/03/2024_03_05_prayer_at_1000.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Prayer " + PRAYER_ID + " by Pat\nSubmitted March 05 2024 at 10:00\n\nLord, hear us."
                + "\n\nActivity:\nMarch 05 2024 at 10:05 - Joy at Dawn prayed this prayer\n", StandardCharsets.UTF_8);
    }
}
