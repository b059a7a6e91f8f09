package org.thywill.archive.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.ops.ManagementHttp;
import org.thywill.archive.testing.RunningService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The health checks of a running service, read where an operator reads them: /observe/health on the management port. */
class ManagementHealthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void databaseIsDownWhileTheFileIsGoneOrGarbageAndUpAgainWhenItIsBack() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            int port = service.managementPort();
            Path db = dir.resolve("thywill.db");
            Path away = dir.resolve("thywill.db.away");
            // the service creates its database when it starts (StartupReport opens it): until then the check is DOWN
            await().atMost(Duration.ofSeconds(30)).until(() -> health(port).path("status").asText().equals("UP"));
            assertThat(check(port, "database").path("status").asText()).isEqualTo("UP");
            assertThat(check(port, "disk-space").path("status").asText()).isEqualTo("UP");
            assertThat(check(port, "backups").path("status").asText()).isEqualTo("UP");

            Files.move(db, away, StandardCopyOption.ATOMIC_MOVE);
            try {
                JsonNode missing = check(port, "database");
                assertThat(missing.path("status").asText()).isEqualTo("DOWN");
                assertThat(message(missing)).isEqualTo("database " + db + ": the file is missing");
                assertThat(health(port).path("status").asText()).isEqualTo("DOWN");
                assertThat(ManagementHttp.get(port, "/observe/health").statusCode()).isEqualTo(503);

                Files.write(db, "this is not an SQLite database, just bytes in its place\n".repeat(100).getBytes());
                JsonNode garbage = check(port, "database");
                assertThat(garbage.path("status").asText()).isEqualTo("DOWN");
                assertThat(message(garbage)).startsWith("database " + db + " cannot be read: ")
                        .contains("not a database");

                Files.delete(db);
                Files.createDirectory(db);
                JsonNode directory = check(port, "database");
                assertThat(directory.path("status").asText()).isEqualTo("DOWN");
                assertThat(message(directory)).isEqualTo("database " + db + ": not a regular file");
                Files.delete(db);
            } finally {
                Files.move(away, db, StandardCopyOption.ATOMIC_MOVE);
            }
            JsonNode back = check(port, "database");
            assertThat(back.path("status").asText()).isEqualTo("UP");
            assertThat(back.path("data").path("tables").asInt()).isPositive();
            assertThat(health(port).path("status").asText()).isEqualTo("UP");
            assertThat(ManagementHttp.get(port, "/observe/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void diskSpaceIsDownWhenTheMinimumIsAboveTheFreeSpace() throws Exception {
        // 2^40 MB = 1 EB: no test machine has that free
        try (RunningService service = RunningService.start(dir, Map.of("thywill.health.disk.min-free-mb",
                Long.toString(1L << 40)))) {
            int port = service.managementPort();
            JsonNode disk = check(port, "disk-space");
            assertThat(disk.path("status").asText()).isEqualTo("DOWN");
            assertThat(message(disk)).startsWith("only ").contains(" free for backups at " + dir)
                    .endsWith("below the minimum " + (1L << 40) + " MB (thywill.health.disk.min-free-mb)");
            assertThat(disk.path("data").path("min-free-bytes").asLong()).isEqualTo((1L << 40) * 1024 * 1024);
            assertThat(disk.path("data").path("usable-bytes").asLong()).isPositive()
                    .isLessThan((1L << 40) * 1024 * 1024);
            assertThat(health(port).path("status").asText()).isEqualTo("DOWN");
        }
    }

    @Test
    void theApiPortServesNoManagementPath() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            assertThat(service.httpPort()).isNotEqualTo(service.managementPort());
            for (String path : new String[] {"/observe/health", "/observe/metrics", "/observe/jolokia"}) {
                assertThat(ManagementHttp.get(service.httpPort(), path).statusCode()).as(path).isEqualTo(404);
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> ManagementHttp.get(service.managementPort(), "/observe/health").statusCode() == 200);
            assertThat(ManagementHttp.get(service.managementPort(), "/observe/metrics").statusCode()).isEqualTo(200);
            // Jolokia is off unless thywill.jolokia.enabled
            assertThat(ManagementHttp.get(service.managementPort(), "/observe/jolokia").statusCode()).isEqualTo(404);
            assertThat(ManagementHttp.get(service.managementPort(), "/observe/jolokia/version").statusCode()).isEqualTo(404);
        }
    }

    /** A check's message; Camel's health console writes each {@code /} of a message as {@code \\/}. */
    static String message(JsonNode check) {
        return check.path("message").asText().replace("\\/", "/");
    }

    static JsonNode health(int port) throws Exception {
        HttpResponse<String> r = ManagementHttp.get(port, "/observe/health?data=true");
        return JSON.readTree(r.body());
    }

    /** One check's entry ({@code name}, {@code status}, {@code message}, {@code data}) of /observe/health. */
    static JsonNode check(int port, String id) throws Exception {
        JsonNode all = health(port);
        for (JsonNode c : all.path("checks")) {
            if (c.path("name").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no health check " + id + " in " + all);
    }
}
