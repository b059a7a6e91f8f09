package org.thywill.archive.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill heal-archives [--dry-run]}. */
@Command(name = "heal-archives", mixinStandardHelpOptions = true,
        description = {"Write what the database holds into the archive tree, at archive precision: prayer files",
            "(header, request, generated prayer, the whole activity history), then registration lines and",
            "users/user_attributes.txt, then sessions, invite usage and skips in their monthly files and roles and",
            "user roles in roles/roles.txt and roles/user_roles.txt. Decided by content: only missing lines are",
            "written, a complete file is not touched, a second run writes nothing. Exit 1 if a file could not be",
            "healed."})
public class HealArchivesCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "List what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        return HealCommands.run(parent.global, spec, "direct:heal-archives", dryRun);
    }
}
