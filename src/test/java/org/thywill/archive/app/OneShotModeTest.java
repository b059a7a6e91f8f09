package org.thywill.archive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-shot command starts the routes it sends to, never the watchers and schedules. */
class OneShotModeTest {

    @TempDir
    Path dir;

    @Test
    void triggerRoutesStayStoppedAndDirectRoutesRun() throws Exception {
        Main main = ThyWillMain.create(ThyWillMain.Mode.ONE_SHOT, null, Map.of(
                "thywill.db", dir.resolve("thywill.db").toString(),
                "thywill.archives", dir.resolve("text_archives").toString(),
                "thywill.backups", dir.resolve("backups").toString()));
        main.start();
        try {
            var routes = main.getCamelContext().getRouteController();
            assertThat(routes.getRouteStatus("archive-watcher")).isEqualTo(ServiceStatus.Stopped);
            assertThat(routes.getRouteStatus("drop-folder-watcher")).isEqualTo(ServiceStatus.Stopped);
            assertThat(routes.getRouteStatus("import-text-archives")).isEqualTo(ServiceStatus.Started);
            assertThat(routes.getRouteStatus("parse-files")).isEqualTo(ServiceStatus.Started);
        } finally {
            main.stop();
        }
    }
}
