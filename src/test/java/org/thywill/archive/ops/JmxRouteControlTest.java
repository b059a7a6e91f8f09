package org.thywill.archive.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.testing.RunningService;

/**
 * Route control over a real JMX connection: the service runs with {@code thywill.jmx.port} set (what
 * {@code ./thywill run --jmx-port N} sets), and the test connects to
 * {@code service:jmx:rmi://127.0.0.1:N/jndi/rmi://127.0.0.1:N/jmxrmi} with {@link JMXConnectorFactory}, as jconsole
 * would.
 */
class JmxRouteControlTest {

    private static final String PRAYER_ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void overARealJmxConnectionTheWatcherStopsAndCatchesUpAndAScheduleSuspendsAndResumes() throws Exception {
        int jmxPort = RunningService.freePort();
        try (RunningService service = RunningService.start(dir, Map.of("thywill.jmx.port", Integer.toString(jmxPort)));
             JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(
                     "service:jmx:rmi://127.0.0.1:" + jmxPort + "/jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
            MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
            ObjectName watcher = route("archive-watcher");
            assertThat(mbeans.getAttribute(watcher, "State")).isEqualTo("Started");

            mbeans.invoke(watcher, "stop", null, null);
            assertThat(mbeans.getAttribute(watcher, "State")).isEqualTo("Stopped");
            // Camel's route check reports the stopped watcher on the management port
            assertThat(routeCheck(service, "archive-watcher")).isEqualTo("DOWN");
            writePrayer(dir.resolve("text_archives"));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> service.count("prayer") == 0);

            mbeans.invoke(watcher, "start", null, null);
            assertThat(mbeans.getAttribute(watcher, "State")).isEqualTo("Started");
            await().atMost(Duration.ofSeconds(30)).until(() -> service.count("prayer") == 1);
            assertThat(service.count("prayer where id = '" + PRAYER_ID + "'")).isEqualTo(1);
            assertThat(routeCheck(service, "archive-watcher")).isEqualTo("UP");

            ObjectName hourly = route("backup-hourly");
            assertThat(mbeans.getAttribute(hourly, "State")).isEqualTo("Started");
            mbeans.invoke(hourly, "suspend", null, null);
            assertThat(mbeans.getAttribute(hourly, "State")).isEqualTo("Suspended");
            assertThat(service.context().getRouteController().getRouteStatus("backup-hourly").isSuspended()).isTrue();
            mbeans.invoke(hourly, "resume", null, null);
            assertThat(mbeans.getAttribute(hourly, "State")).isEqualTo("Started");
            assertThat(service.context().getRouteController().getRouteStatus("backup-hourly").isStarted()).isTrue();
        }
    }

    @Test
    void theJmxConnectorAndTheManagementServerListenOn127001Only() throws Exception {
        int jmxPort = RunningService.freePort();
        try (RunningService service = RunningService.start(dir, Map.of("thywill.jmx.port", Integer.toString(jmxPort)))) {
            org.thywill.archive.ops.JmxConnector connector = service.context().getRegistry()
                    .lookupByNameAndType("jmxConnector", org.thywill.archive.ops.JmxConnector.class);
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            assertThat(connector.boundAddresses()).containsExactly(loopback);
            assertThat(connector.serviceUrl().toString())
                    .isEqualTo("service:jmx:rmi://127.0.0.1:" + jmxPort + "/jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
            if (ListeningSockets.available()) {
                assertThat(ListeningSockets.listeningOn(jmxPort)).containsExactly(loopback);
                assertThat(ListeningSockets.listeningOn(service.managementPort())).containsExactly(loopback);
                assertThat(ListeningSockets.listeningOn(service.httpPort())).containsExactly(loopback);
            }
        }
    }

    @Test
    void withoutAJmxPortThereIsNoConnector() throws Exception {
        try (RunningService service = RunningService.start(dir)) {
            assertThat(service.context().getRegistry().lookupByName("jmxConnector")).isNull();
        }
    }

    /** The status of the health check {@code route:<id>} on /observe/health. */
    private static String routeCheck(RunningService service, String id) throws Exception {
        com.fasterxml.jackson.databind.JsonNode health = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ManagementHttp.get(service.managementPort(), "/observe/health").body());
        for (com.fasterxml.jackson.databind.JsonNode c : health.path("checks")) {
            if (c.path("name").asText().equals("route:" + id)) {
                return c.path("status").asText();
            }
        }
        throw new AssertionError("no check route:" + id + " in " + health);
    }

    static ObjectName route(String id) throws Exception {
        return new ObjectName("org.apache.camel:context=thywill,type=routes,name=\"" + id + "\"");
    }

    static void writePrayer(Path archives) throws IOException {
        Path file = archives.resolve("prayers/2024/03/2024_03_05_prayer_at_1000.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Prayer " + PRAYER_ID + " by Pat\nSubmitted March 05 2024 at 10:00\n\nLord, hear us."
                + "\n\nActivity:\nMarch 05 2024 at 10:05 - Joy at Dawn prayed this prayer\n", StandardCharsets.UTF_8);
    }
}
