package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.heal.SyncArchivesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill sync-archives [--dry-run]}: import, then heal. */
@Command(name = "sync-archives", mixinStandardHelpOptions = true,
        description = {"Import the archive tree into the database, then heal the tree from the database: after it",
            "both carry the same information at archive precision, and a second run changes nothing (no row,",
            "no byte, no mtime). Exit 1 if the import rejected a file or met a conflict, or a file could not",
            "be healed."})
public class SyncArchivesCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = {"Write nothing: the import rolls back, so the heal part lists what",
        "the tree lacks against the database as it is now."})
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = parent.global;
        SyncArchivesReport report;
        try (RouteClient routes = new RouteClient(global, "direct:sync-archives")) {
            report = routes.request(null, Map.of("thywillDryRun", dryRun),
                    SyncArchivesReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (global.json()) {
            out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            ImportReports.print(out, report.imported());
            HealCommands.print(out, report.healed());
            if (report.reread() != null) {
                out.println("re-read of the healed files:");
                ImportReports.print(out, report.reread());
            }
        }
        out.flush();
        return report.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
