package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.ops.ManagementHttp;
import org.thywill.archive.testing.RunningService;

/** {@code ./thywill run --jmx-port N --management-port M}: the real entry point, reached as an operator reaches it. */
class RunCommandOperationsTest {

    @TempDir
    Path dir;

    @Test
    void runServesTheApiOnItsPortOpensTheJmxConnectorAndTheManagementPortAndStopsWhenStoppedOverJmx()
            throws Exception {
        int apiPort = RunningService.freePort();
        int jmxPort = RunningService.freePort();
        int managementPort = RunningService.freePort();
        CompletableFuture<CliHarness> run = CompletableFuture.supplyAsync(() -> CliHarness.runIn(dir,
                "--backups", dir.resolve("backups").toString(), "run", "--port", Integer.toString(apiPort),
                "--jmx-port", Integer.toString(jmxPort), "--management-port", Integer.toString(managementPort)));
        JMXServiceURL url = new JMXServiceURL(
                "service:jmx:rmi://127.0.0.1:" + jmxPort + "/jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
        ObjectName context = new ObjectName("org.apache.camel:context=thywill,type=context,name=\"thywill\"");
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            try (JMXConnector c = JMXConnectorFactory.connect(url)) {
                return "Started".equals(c.getMBeanServerConnection().getAttribute(context, "State"));
            }
        });
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> ManagementHttp.get(managementPort, "/observe/health").statusCode() == 200);
        assertThat(ManagementHttp.get(managementPort, "/observe/metrics").body()).contains("thywill_files_imported_total");
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + apiPort + "/api/archive/community/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("the API on --port %d without a session", apiPort).isEqualTo(401);
        assertThat(api.body()).contains("\"detail\"");

        try (JMXConnector c = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection mbeans = c.getMBeanServerConnection();
            assertThat(mbeans.getAttribute(new ObjectName(
                    "org.apache.camel:context=thywill,type=routes,name=\"archive-watcher\""), "State")).isEqualTo("Started");
            try {
                mbeans.invoke(context, "stop", null, null);
            } catch (java.io.IOException closing) {
                // the connector closes as the service stops: the answer may not come back
            }
        }
        CliHarness result = run.get(60, TimeUnit.SECONDS);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aJmxPortOutsideOneTo65535IsAUsageError() {
        for (String bad : new String[] {"0", "-1", "65536"}) {
            CliHarness r = CliHarness.runIn(dir, "run", "--jmx-port", bad);
            assertThat(r.exitCode()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(bad).contains("--jmx-port: not a port number: " + bad);
        }
        CliHarness r = CliHarness.runIn(dir, "run", "--management-port", "70000");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--management-port: not a port number: 70000");
    }
}
