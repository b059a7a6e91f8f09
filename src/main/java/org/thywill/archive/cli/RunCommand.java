package org.thywill.archive.cli;

import java.util.concurrent.Callable;

import org.apache.camel.main.Main;
import org.thywill.archive.app.ThyWillMain;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code thywill run}: the long-running service, until Ctrl-C or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the service: every route, its watchers and schedules, with JMX, until Ctrl-C / SIGTERM.")
public class RunCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @Override
    public Integer call() throws Exception {
        Main main = ThyWillMain.create(ThyWillMain.Mode.SERVICE, parent.global.config(), parent.global.overrides());
        main.run();
        return main.getExitCode() == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }
}
