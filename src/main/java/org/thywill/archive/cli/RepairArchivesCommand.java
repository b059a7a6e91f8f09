package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.repair.RepairReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill repair-archives [--dry-run]}. */
@Command(name = "repair-archives", mixinStandardHelpOptions = true,
        description = {"Repair archive inconsistencies, listing every change: a headerless prayer file gets its header",
            "back from the prayer whose text_file_path names it; a prayer split across _N files (the original's",
            "heal) is merged into one file without losing a line, the other copies moved into",
            "text_archives/.repaired/<YYYYMMDD_HHMMSS>/ (never deleted); wrong or missing prayer and user",
            "text_file_path pointers are set to the file that carries the record. A second run changes nothing.",
            "Exit 1 if something could not be repaired."})
public class RepairArchivesCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "List what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        RepairReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:repair-archives")) {
            r = routes.request(null, Map.of("thywillDryRun", dryRun), RepairReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportOutput.print(out, parent.global.json(), r, RepairArchivesCommand::print);
        return r.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    static void print(PrintWriter out, RepairReport r) {
        if (r.dryRun()) {
            out.println("Dry run: nothing was written.");
        }
        r.changes().forEach(c -> out.println((r.dryRun() ? "would repair " : "repaired ") + c.kind() + " "
                + c.subject() + ": " + c.detail()));
        r.kinds().forEach((kind, c) -> out.printf("%s: %d repaired, %d not repairable%n", kind, c.repaired(),
                c.unrepaired()));
        if (r.quarantine() != null) {
            out.println("merged copies " + (r.dryRun() ? "would be" : "were") + " moved into " + r.quarantine());
        }
        r.notes().forEach(n -> out.println("note: " + n));
        r.problems().forEach(p -> out.println("problem: " + p.kind() + " " + p.subject() + ": " + p.reason()));
    }
}
