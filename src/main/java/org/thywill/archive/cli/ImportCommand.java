package org.thywill.archive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code thywill import …}: imports into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import archives into the database.",
        subcommands = {ImportTextArchivesCommand.class, ImportPrayersCommand.class})
public class ImportCommand implements Runnable {

    @CommandLine.ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to import (e.g. text-archives)");
    }
}
