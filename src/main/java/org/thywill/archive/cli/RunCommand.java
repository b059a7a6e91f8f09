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

    @Override
    public Integer call() throws Exception {
        java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>(parent.global.overrides());
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--port: not a port number: " + port);
            }
            overrides.put("thywill.http.port", Integer.toString(port));
        }
        Main main = ThyWillMain.create(ThyWillMain.Mode.SERVICE, parent.global.config(), overrides);
        main.run();
        return main.getExitCode() == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }
}
