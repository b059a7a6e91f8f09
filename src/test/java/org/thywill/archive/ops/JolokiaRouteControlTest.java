package org.thywill.archive.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Route control through Jolokia (JMX over HTTP) on the management port, with {@code thywill.jolokia.enabled=true}. */
class JolokiaRouteControlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WATCHER = "org.apache.camel:context=thywill,type=routes,name=\"archive-watcher\"";
    private static final String HOURLY = "org.apache.camel:context=thywill,type=routes,name=\"backup-hourly\"";

    @TempDir
    Path dir;

    @Test
    void stoppingTheWatcherThroughJolokiaStopsImportsAndStartingItCatchesUp() throws Exception {
        try (RunningService service = RunningService.start(dir, Map.of("thywill.jolokia.enabled", "true"))) {
            int port = service.managementPort();
            assertThat(read(port, WATCHER, "State")).isEqualTo("Started");

            exec(port, WATCHER, "stop");
            assertThat(read(port, WATCHER, "State")).isEqualTo("Stopped");
            JmxRouteControlTest.writePrayer(dir.resolve("text_archives"));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> service.count("prayer") == 0);

            exec(port, WATCHER, "start");
            assertThat(read(port, WATCHER, "State")).isEqualTo("Started");
            await().atMost(Duration.ofSeconds(30)).until(() -> service.count("prayer") == 1);

            exec(port, HOURLY, "suspend");
            assertThat(read(port, HOURLY, "State")).isEqualTo("Suspended");
            exec(port, HOURLY, "resume");
            assertThat(read(port, HOURLY, "State")).isEqualTo("Started");
        }
    }

    @Test
    void jolokiaInvokesRouteOperationsOnlyAndWritesNothing() throws Exception {
        try (RunningService service = RunningService.start(dir, Map.of("thywill.jolokia.enabled", "true"))) {
            int port = service.managementPort();
            assertThat(read(port, "java.lang:type=Runtime", "VmName")).isNotEmpty();
            JsonNode gc = answer(port, JSON.createObjectNode().put("type", "exec").put("mbean", "java.lang:type=Memory")
                    .put("operation", "gc()"));
            assertThat(gc.path("status").asInt()).as(gc.toString()).isEqualTo(403);
            JsonNode stopContext = answer(port, JSON.createObjectNode().put("type", "exec")
                    .put("mbean", "org.apache.camel:context=thywill,type=context,name=\"thywill\"").put("operation", "stop()"));
            assertThat(stopContext.path("status").asInt()).as(stopContext.toString()).isEqualTo(403);
            JsonNode write = answer(port, JSON.createObjectNode().put("type", "write").put("mbean", WATCHER)
                    .put("attribute", "Tracing").put("value", true));
            assertThat(write.path("status").asInt()).as(write.toString()).isEqualTo(403);
            assertThat(service.context().getStatus().isStarted()).isTrue();
        }
    }

    private static String read(int port, String mbean, String attribute) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("type", "read").put("mbean", mbean).put("attribute", attribute);
        return call(port, request).path("value").asText();
    }

    /** The route operations are overloaded ({@code stop(long)} ...): Jolokia needs the signature, {@code stop()}. */
    private static void exec(int port, String mbean, String operation) throws Exception {
        call(port, JSON.createObjectNode().put("type", "exec").put("mbean", mbean).put("operation", operation + "()"));
    }

    private static JsonNode call(int port, ObjectNode request) throws Exception {
        JsonNode answer = answer(port, request);
        assertThat(answer.path("status").asInt()).as(answer.toString()).isEqualTo(200);
        return answer;
    }

    /** Jolokia's answer; its own {@code status} says whether the request was allowed and worked. */
    private static JsonNode answer(int port, ObjectNode request) throws Exception {
        HttpResponse<String> r = ManagementHttp.postJson(port, "/observe/jolokia", request.toString());
        return JSON.readTree(r.body());
    }
}
