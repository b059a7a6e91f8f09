package org.thywill.archive.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill sync-users [--dry-run]}: the user part of heal-archives. */
@Command(name = "sync-users", mixinStandardHelpOptions = true,
        description = {"Write every user's registration line (in the month file of its creation, in chronological",
            "position, never twice) and users/user_attributes.txt from the database. Exit 1 if a file could not",
            "be healed."})
public class SyncUsersCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "List what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        return HealCommands.run(parent.global, spec, "direct:sync-users", dryRun);
    }
}
