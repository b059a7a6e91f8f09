package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thywill.archive.testing.RunningService.NEVER_IN_A_TEST;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/** The scheduled routes: export (heal, then the community bundle) and bundle cleanup, each stoppable over JMX. */
class ScheduledExportTest {

    private static final String EVERY_SECOND = "* * * * * ?";

    @TempDir
    Path dir;

    @Test
    void theExportHealsTheTreeThenBuildsTheCommunityBundleAndStopsOverJmx() throws Exception {
        Path archives = dir.resolve("text_archives");
        Samples.copyArchives("tiny", archives);
        Files.copy(Samples.database("tiny"), dir.resolve("thywill.db"));
        Path prayer;
        try (Stream<Path> files = Files.walk(archives.resolve("prayers"))) {
            prayer = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(prayer);
        Files.delete(prayer);

        try (RunningService service = RunningService.start(dir, Map.of("thywill.export.cron", EVERY_SECOND,
                "thywill.bundles.cleanup-cron", NEVER_IN_A_TEST))) {
            NotifyBuilder exported = new NotifyBuilder(service.context()).fromRoute("scheduled-export")
                    .whenCompleted(1).create();
            assertThat(exported.matches(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(prayer).hasContent(original);
            // firing every second, a run never overlaps the one before (two heals at once would race)
            assertThat(service.context().getRoute("scheduled-export").getEndpoint().getEndpointUri())
                    .contains("stateful=true");
            assertThat(bundles(archives.resolve("downloads"))).isNotEmpty();

            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            ObjectName route = new ObjectName("org.apache.camel:context=thywill,type=routes,name=\"scheduled-export\"");
            jmx.invoke(route, "stop", null, null);
            assertThat(jmx.getAttribute(route, "State")).isEqualTo("Stopped");
            int built = bundles(archives.resolve("downloads")).size();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                    .until(() -> bundles(archives.resolve("downloads")).size() == built);
            jmx.invoke(route, "start", null, null);
            await().atMost(Duration.ofSeconds(60)).until(() -> bundles(archives.resolve("downloads")).size() > built);
        }
    }

    @Test
    void theCleanupDeletesOnlyBundlesOlderThanTheConfiguredAge() throws Exception {
        Path downloads = dir.resolve("text_archives/downloads");
        Files.createDirectories(downloads);
        Path old = Files.writeString(downloads.resolve("complete_site_archive_2024_01_01_1000.zip"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        Path recent = Files.writeString(downloads.resolve("complete_site_archive_2024_01_02_1000.zip"), "recent");
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofHours(23))));
        Path notOurs = Files.writeString(downloads.resolve("notes.zip"), "an operator's file");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

        try (RunningService service = RunningService.start(dir, Map.of("thywill.export.cron", NEVER_IN_A_TEST,
                "thywill.bundles.cleanup-cron", EVERY_SECOND))) {
            NotifyBuilder cleaned = new NotifyBuilder(service.context()).fromRoute("bundle-cleanup")
                    .whenCompleted(1).create();
            assertThat(cleaned.matches(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(old).doesNotExist();
            assertThat(recent).exists();
            assertThat(notOurs).exists();
        }
    }

    private static List<Path> bundles(Path downloads) throws Exception {
        if (!Files.isDirectory(downloads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().matches("complete_site_archive_.*\\.zip")).toList();
        }
    }
}
