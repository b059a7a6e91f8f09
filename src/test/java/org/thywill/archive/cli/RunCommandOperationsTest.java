package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
    void runOpensTheJmxConnectorAndTheManagementPortAndStopsWhenTheContextIsStoppedOverJmx() throws Exception {
        int jmxPort = RunningService.freePort();
        int managementPort = RunningService.freePort();
        CompletableFuture<CliHarness> run = CompletableFuture.supplyAsync(() -> CliHarness.runIn(dir,
                "--backups", dir.resolve("backups").toString(), "run", "--port", "0",
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
