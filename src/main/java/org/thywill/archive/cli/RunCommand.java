package org.thywill.archive.cli;

import java.util.concurrent.Callable;

import org.apache.camel.main.Main;
import org.thywill.archive.app.ThyWillMain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill run}: the long-running service, until Ctrl-C or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the service: every route, its watchers and schedules, with JMX, until Ctrl-C / SIGTERM.")
public class RunCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N",
            description = "The HTTP API's port (default: thywill.http.port, 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--jmx-port", paramLabel = "N",
            description = "Open a JMX connector on 127.0.0.1:N (service:jmx:rmi://127.0.0.1:N/jndi/rmi://127.0.0.1:N/jmxrmi; "
                    + "default: thywill.jmx.port, none).")
    Integer jmxPort;

    @Option(names = "--management-port", paramLabel = "N",
            description = "The management port: /observe/health, /observe/metrics, /observe/jolokia "
                    + "(default: thywill.management.port, 9876).")
    Integer managementPort;

    @Override
    public Integer call() throws Exception {
        java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>(parent.global.overrides());
        putPort(overrides, "--port", port, 0, "thywill.http.port");
        putPort(overrides, "--jmx-port", jmxPort, 1, "thywill.jmx.port");
        putPort(overrides, "--management-port", managementPort, 0, "thywill.management.port");
        Main main = ThyWillMain.create(ThyWillMain.Mode.SERVICE, parent.global.config(), overrides);
        main.run();
        return main.getExitCode() == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    private void putPort(java.util.Map<String, String> overrides, String option, Integer value, int min, String key) {
        if (value == null) {
            return;
        }
        if (value < min || value > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    option + ": not a port number: " + value);
        }
        overrides.put(key, Integer.toString(value));
    }
}
