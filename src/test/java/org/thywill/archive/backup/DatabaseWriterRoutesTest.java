package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The one list of the routes a restore stops is kept in step with the route files. */
class DatabaseWriterRoutesTest {

    /** The scheduled backup routes of issue 5 §2 (routes/backup-schedules.camel.yaml), built on another branch. */
    private static final List<String> SCHEDULED_BACKUPS =
            List.of("backup-hourly", "backup-daily", "backup-weekly", "backup-cleanup");

    @Test
    void everyRouteOfTheRouteFilesIsEitherStoppedOrLeftRunningOnPurpose() throws Exception {
        List<String> defined = routeIds();
        assertThat(defined).contains("archive-watcher", "restore", "restore-safe");
        List<String> classified = new ArrayList<>(DatabaseWriterRoutes.STOPPED);
        classified.addAll(DatabaseWriterRoutes.LEFT_RUNNING);
        assertThat(classified).doesNotHaveDuplicates();
        assertThat(classified).as("a new route must be put in STOPPED or LEFT_RUNNING").containsAll(defined);
        List<String> unknown = new ArrayList<>(classified);
        unknown.removeAll(defined);
        assertThat(unknown).as("ids that name no route (a typo or a renamed route)")
                .allMatch(SCHEDULED_BACKUPS::contains);
    }

    @Test
    void theRoutesThatTriggerWorkStopBeforeTheRoutesTheySendTo() {
        List<String> stopped = DatabaseWriterRoutes.STOPPED;
        assertThat(stopped.indexOf("archive-watcher")).isLessThan(stopped.indexOf("import-archive-file"));
        assertThat(stopped.indexOf("drop-folder-watcher")).isLessThan(stopped.indexOf("import-drop"));
        assertThat(stopped.indexOf("scheduled-export")).isLessThan(stopped.indexOf("heal-archives"));
        assertThat(stopped.indexOf("sync-archives")).isLessThan(stopped.indexOf("import-text-archives"))
                .isLessThan(stopped.indexOf("heal-archives"));
    }

    static List<String> routeIds() throws Exception {
        Pattern id = Pattern.compile("(?m)^- route:\\s*\\n\\s+id:\\s*([\\w-]+)\\s*$");
        List<String> ids = new ArrayList<>();
        int routes = 0;
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".camel.yaml")).sorted().toList()) {
                String yaml = Files.readString(f);
                routes += yaml.split("(?m)^- route:", -1).length - 1;
                Matcher m = id.matcher(yaml);
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertThat(ids).as("every route's id was read").hasSize(routes);
        return ids;
    }
}
