package org.thywill.archive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code thywill export …}: writes bundles of the archive tree. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the archive tree as ZIP bundles.",
        subcommands = {ExportBundleCommand.class})
public class ExportCommand implements Runnable {

    @CommandLine.ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to export (e.g. bundle)");
    }
}
