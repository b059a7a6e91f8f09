package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.thywill.archive.importing.ImportProgress;
import org.thywill.archive.importing.ImportReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code thywill import text-archives [--dry-run] [--from DIR]}. */
@Command(name = "text-archives", mixinStandardHelpOptions = true,
        description = {"Import an archive tree into the database: users, prayers, marks, attributes, activity logs,",
            "sessions and invites, reconciled at archive precision (nothing is ever duplicated).",
            "A bad file is rejected whole (file:line: reason) and the others go on. Exit 1 if any file was",
            "rejected or conflicts with the database."})
public class ImportTextArchivesCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    ImportCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "Compute exactly what a real run would insert, then write nothing.")
    boolean dryRun;

    @Option(names = "--from", paramLabel = "DIR|ZIP", description = {"The tree to import (default: the archive root, --archives),",
        "or a ZIP of one (checked like a drop, then merged into the archive tree)."})
    Path from;

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = parent.parent.global;
        if (from != null && !Files.exists(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from: no such directory or ZIP: "
                    + from.toAbsolutePath());
        }
        ImportReport report;
        try (RouteClient routes = new RouteClient(global, "direct:import-text-archives");
             ProgressBars.ImportBar bar = new ProgressBars.ImportBar(dryRun ? "Dry run" : "Importing")) {
            Map<String, Object> headers = new HashMap<>();
            headers.put("thywillFrom", from == null ? null : from.toAbsolutePath().normalize());
            headers.put("thywillFromZip", from != null && Files.isRegularFile(from));
            headers.put("thywillDryRun", dryRun);
            headers.put("thywillProgress", ProgressBars.wanted(global) ? bar : ImportProgress.NONE);
            report = routes.request(null, headers, ImportReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportOutput.print(out, global.json(), report, ImportReports::print);
        return report.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
