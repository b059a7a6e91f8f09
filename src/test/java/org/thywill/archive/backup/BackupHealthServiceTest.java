package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/** The health check "backups" and the JMX service BackupStatus, registered in the running service. */
class BackupHealthServiceTest {


    @TempDir
    Path dir;

    @Test
    void anOverdueTierIsDownUntilABackupIsTakenAndTheLastGoodTimesAreReadableOverJmx() throws Exception {
        Path db = dir.resolve("thywill.db");
        Files.copy(Samples.database("tiny"), db);
        Instant threeHoursAgo = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        BackupResult old = new BackupTaker(db, dir.resolve("backups"), 10_000,
                Clock.fixed(threeHoursAgo, ZoneId.systemDefault())).take(BackupTier.HOURLY);

        Map<String, String> settings = Map.of("thywill.backups.weekly-enabled", "false");
        try (RunningService service = RunningService.start(dir, settings)) {
            HealthCheck check = HealthCheckHelper.getHealthCheck(service.context(), "backups");
            assertThat(check).isInstanceOf(BackupsHealthCheck.class);
            assertThat(check.isReadiness()).isTrue();
            assertThat(check.isLiveness()).isFalse();

            HealthCheck.Result down = HealthCheckHelper.invoke(service.context(), "backups", Map.of()).orElseThrow();
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(down.getMessage()).get().asString().startsWith("backups overdue: hourly: last good backup "
                    + old.file().getFileName() + ", 3h");
            assertThat(down.getDetails()).containsEntry("overdue", "hourly")
                    .containsEntry("hourly.last-good", threeHoursAgo.toString())
                    .containsEntry("daily.last-good", "none").containsEntry("daily.overdue", false)
                    .doesNotContainKey("weekly.last-good");
            assertThat(HealthCheckHelper.invokeReadiness(service.context())).anySatisfy(r -> {
                assertThat(r.getCheck().getId()).isEqualTo("backups");
                assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            });

            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            ObjectName status = new ObjectName("org.apache.camel:context=thywill,type=services,name=BackupStatus");
            assertThat(jmx.getAttribute(status, "LastGoodHourly")).isEqualTo(threeHoursAgo.toString());
            assertThat(jmx.getAttribute(status, "LastGoodDaily")).isEqualTo("none");
            assertThat(jmx.getAttribute(status, "OverdueTiers")).isEqualTo("hourly");

            BackupResult fresh;
            try (ProducerTemplate template = service.context().createProducerTemplate()) {
                fresh = template.requestBodyAndHeader("direct:backup", null, "thywillTier", "hourly", BackupResult.class);
            }
            HealthCheck.Result up = HealthCheckHelper.invoke(service.context(), "backups", Map.of()).orElseThrow();
            assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(up.getDetails()).containsEntry("overdue", "")
                    .containsEntry("hourly.last-good-name", fresh.file().getFileName().toString());
            assertThat(jmx.getAttribute(status, "LastGoodHourly")).isEqualTo(fresh.createdAt().toString());
            assertThat(jmx.getAttribute(status, "OverdueTiers")).isEqualTo("");
        }
    }
}
