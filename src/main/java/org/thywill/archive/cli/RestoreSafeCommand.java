package org.thywill.archive.cli;

import picocli.CommandLine.Command;

/** {@code thywill restore-safe FILE [--yes]}. */
@Command(name = "restore-safe", mixinStandardHelpOptions = true,
        description = {"restore, with the backup's copy migrated to the current schema (as the service does when it",
            "opens a database) and its schema checked (tables, columns, indexes, version, integrity;",
            "foreign_key_check reported) before it replaces anything. Reports the schema versions before and after.",
            "Asks on a terminal; without one it refuses unless --yes. Exit codes as restore."})
public class RestoreSafeCommand extends RestoreCommand {

    @Override
    String endpoint() {
        return "direct:restore-safe";
    }
}
