package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/** The scheduled routes backup-hourly, backup-daily, backup-weekly, backup-cleanup in the running service. */
class ScheduledBackupsTest {

    private static final String EVERY_SECOND = "* * * * * ?";
    private static final List<String> ROUTES = List.of("backup-hourly", "backup-daily", "backup-weekly", "backup-cleanup");
    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();

    @TempDir
    Path dir;

    @Test
    void eachScheduledRouteReachesTheSharedRouteAndStopsAndStartsOverJmx() throws Exception {
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        Map<String, String> crons = new HashMap<>();
        for (String tier : List.of("hourly", "daily", "weekly", "cleanup")) {
            crons.put("thywill.backups." + tier + "-cron", EVERY_SECOND);
        }
        try (RunningService service = RunningService.start(dir, crons)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (String id : ROUTES) {
                    if (completed(id) == 0) {
                        return false;
                    }
                }
                return true;
            });
            for (String id : ROUTES) {
                // firing every second, a run never overlaps the one before
                assertThat(service.context().getRoute(id).getEndpoint().getEndpointUri()).contains("stateful=true");
            }
            for (String tier : List.of("hourly", "daily", "weekly")) {
                assertThat(backups(tier)).as(tier).isPositive();
            }
            assertThat(completed("cleanup-backups")).isPositive();
            // every trigger went through the routes the CLI uses
            assertThat(completed("backup")).isGreaterThanOrEqualTo(3);
            assertThat(Files.list(dir.resolve("remote_backups")).filter(f -> f.toString().endsWith(".db")).count())
                    .isPositive();

            for (String id : ROUTES) {
                JMX.invoke(route(id), "stop", null, null);
                assertThat(JMX.getAttribute(route(id), "State")).isEqualTo("Stopped");
            }
            Map<String, Long> before = counts();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> counts().equals(before));

            for (String id : ROUTES) {
                JMX.invoke(route(id), "start", null, null);
                assertThat(JMX.getAttribute(route(id), "State")).isEqualTo("Started");
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map<String, Long> now = counts();
                before.forEach((what, n) -> assertThat(now.get(what)).as(what).isGreaterThan(n));
            });
        }
    }

    private Map<String, Long> counts() throws Exception {
        return Map.of("hourly", backups("hourly"), "daily", backups("daily"), "weekly", backups("weekly"),
                "cleanup", completed("cleanup-backups"));
    }

    private long backups(String tier) throws Exception {
        Path folder = dir.resolve("backups").resolve(tier);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("thywill_" + tier + "_.*\\.db")).count();
        }
    }

    private static long completed(String routeId) throws Exception {
        return (Long) JMX.getAttribute(route(routeId), "ExchangesCompleted");
    }

    private static ObjectName route(String id) throws Exception {
        return new ObjectName("org.apache.camel:context=thywill,type=routes,name=\"" + id + "\"");
    }
}
