package org.thywill.archive.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.bundle.BundleResult;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.ops.ManagementHttp;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/** The pipeline's metrics as Prometheus scrapes them: /observe/metrics on the management port of a running service. */
class PipelineMetricsEndpointTest {

    @TempDir
    Path dir;

    @Test
    void importsRejectionsBundlesAndBackupAgesAreCounted() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            int port = service.managementPort();
            PrometheusText before = scrape(port);
            assertThat(before.value("thywill_files_imported_total")).isZero();
            assertThat(before.value("thywill_files_rejected_total")).isZero();
            assertThat(before.value("thywill_bundle_builds_total", Map.of("kind", "community", "outcome", "success"))).isZero();
            assertThat(before.value("thywill_backup_age_seconds", Map.of("tier", "hourly"))).isNaN();

            // a sample tree imported through the route the CLI uses (outside the archive root: the watcher stays out)
            Path tree = Samples.copyArchives("tiny", dir.resolve("sample"));
            ProducerTemplate routes = service.context().createProducerTemplate();
            Map<String, Object> headers = new HashMap<>();
            headers.put("thywillFrom", tree);
            headers.put("thywillDryRun", false);
            ImportReport report = routes.requestBodyAndHeaders("direct:import-text-archives", null, headers, ImportReport.class);
            assertThat(report.getFiles().get("imported")).isPositive();
            assertThat(report.getInserted()).containsKey("prayer");
            PrometheusText afterImport = scrape(port);
            assertThat(afterImport.value("thywill_files_imported_total"))
                    .isEqualTo(report.getFiles().get("imported").doubleValue());
            assertThat(afterImport.value("thywill_files_rejected_total")).isZero();
            for (Map.Entry<String, Integer> e : report.getInserted().entrySet()) {
                if (e.getValue() > 0) {
                    assertThat(afterImport.value("thywill_rows_inserted_total", Map.of("kind", e.getKey())))
                            .as(e.getKey()).isEqualTo(e.getValue().doubleValue());
                }
            }
            double imported = afterImport.value("thywill_files_imported_total");

            // a dry run counts nothing
            headers.put("thywillDryRun", true);
            routes.requestBodyAndHeaders("direct:import-text-archives", null, headers, ImportReport.class);
            assertThat(scrape(port).value("thywill_files_imported_total")).isEqualTo(imported);

            // a bad file dropped into the archive tree: the watcher rejects it
            Path bad = dir.resolve("text_archives/users/2030_01_users.txt");
            Files.createDirectories(bad.getParent());
            Files.writeString(bad, "User Registrations for January 2030\n\ngarbage line\n", StandardCharsets.UTF_8);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> scrape(port).value("thywill_files_rejected_total") == 1.0);
            assertThat(scrape(port).value("thywill_files_imported_total")).isEqualTo(imported);

            // a JSON file of prayers: its new prayers (and the user its author becomes) are inserted rows too
            double prayersBefore = scrape(port).value("thywill_rows_inserted_total", Map.of("kind", "prayer"));
            Path json = Files.writeString(dir.resolve("prayers.json"), """
                    [{"text": "Pray for the harvest.", "author_name": "Metrics Tester", "created_at": "2030-02-01T09:00:00"},
                     {"text": "Pray for the rain.", "author_name": "Metrics Tester", "created_at": "2030-02-01T09:05:00"}]
                    """, StandardCharsets.UTF_8);
            org.thywill.archive.importing.PrayerJsonReport fromJson = routes.requestBodyAndHeader(
                    "direct:import-prayers-json", json.toString(), "thywillDryRun", false,
                    org.thywill.archive.importing.PrayerJsonReport.class);
            assertThat(fromJson.getImported()).isEqualTo(2);
            assertThat(fromJson.getUsersCreated()).isEqualTo(1);
            PrometheusText afterJson = scrape(port);
            assertThat(afterJson.value("thywill_rows_inserted_total", Map.of("kind", "prayer")))
                    .isEqualTo(prayersBefore + 2);
            assertThat(afterJson.value("thywill_rows_inserted_total", Map.of("kind", "user")))
                    .isEqualTo(afterImport.value("thywill_rows_inserted_total", Map.of("kind", "user")) + 1);

            // the drop folder: a JSON file of prayers is taken (its rows counted), a file that is no ZIP rejected whole
            Path incoming = Files.createDirectories(dir.resolve("text_archives/incoming"));
            assertThat(afterJson.value("thywill_drops_total", Map.of("outcome", "imported"))).isZero();
            assertThat(afterJson.value("thywill_drops_total", Map.of("outcome", "rejected"))).isZero();
            Files.writeString(incoming.resolve("more.json"), """
                    [{"text": "Pray for the travellers.", "author_name": "Metrics Tester", "created_at": "2030-02-02T09:00:00"}]
                    """, StandardCharsets.UTF_8);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> scrape(port).value("thywill_drops_total", Map.of("outcome", "imported")) == 1.0);
            assertThat(scrape(port).value("thywill_rows_inserted_total", Map.of("kind", "prayer")))
                    .isEqualTo(prayersBefore + 3);
            Files.writeString(incoming.resolve("broken.zip"), "these bytes are no ZIP archive", StandardCharsets.UTF_8);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> scrape(port).value("thywill_drops_total", Map.of("outcome", "rejected")) == 1.0);
            assertThat(scrape(port).value("thywill_drops_total", Map.of("outcome", "imported"))).isEqualTo(1.0);

            // bundles: a community bundle built, a member bundle for nobody failed
            BundleResult bundle = routes.requestBody("direct:build-community-bundle", null, BundleResult.class);
            assertThat(bundle.entries()).isPositive();
            org.apache.camel.Exchange failed = routes.request("direct:build-member-bundle",
                    ex -> ex.getIn().setHeader("thywillDisplayName", "Nobody At All"));
            assertThat(failed.getException()).isNotNull();
            PrometheusText afterBundles = scrape(port);
            assertThat(afterBundles.value("thywill_bundle_builds_total", Map.of("kind", "community", "outcome", "success")))
                    .isEqualTo(1.0);
            assertThat(afterBundles.value("thywill_bundle_builds_total", Map.of("kind", "member", "outcome", "failure")))
                    .isEqualTo(1.0);
            assertThat(afterBundles.value("thywill_bundle_builds_total", Map.of("kind", "member", "outcome", "success")))
                    .isZero();

            // a backup: its tier's age becomes a number, the others stay NaN
            routes.requestBodyAndHeader("direct:backup", null, "thywillTier", "hourly");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    !scrape(port).value("thywill_backup_age_seconds", Map.of("tier", "hourly")).isNaN());
            PrometheusText afterBackup = scrape(port);
            assertThat(afterBackup.value("thywill_backup_age_seconds", Map.of("tier", "hourly"))).isBetween(0.0, 60.0);
            assertThat(afterBackup.value("thywill_backup_age_seconds", Map.of("tier", "daily"))).isNaN();
            assertThat(afterBackup.value("thywill_backup_age_seconds", Map.of("tier", "weekly"))).isNaN();
        }
    }

    static PrometheusText scrape(int port) throws Exception {
        var r = ManagementHttp.get(port, "/observe/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        return new PrometheusText(r.body());
    }
}
