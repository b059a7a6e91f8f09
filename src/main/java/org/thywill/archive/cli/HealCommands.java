package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.thywill.archive.heal.HealReport;
import picocli.CommandLine;

/** What {@code heal-archives} and {@code sync-users} share: send to their route, print the report. */
final class HealCommands {

    private HealCommands() {
    }

    static int run(GlobalOptions global, CommandLine.Model.CommandSpec spec, String endpoint, boolean dryRun)
            throws Exception {
        HealReport report;
        try (RouteClient routes = new RouteClient(global, endpoint)) {
            report = routes.request(null, Map.of("thywillDryRun", dryRun), HealReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportOutput.print(out, global.json(), report, HealCommands::print);
        return report.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    static void print(PrintWriter out, HealReport r) {
        if (r.dryRun()) {
            out.println("Dry run: nothing was written.");
        }
        r.changes().forEach(c -> out.println((r.dryRun() ? "would: " : "") + c));
        r.kinds().forEach((kind, c) -> out.printf("%s: %d healed (%d created, %d appended, %d rewritten), %d complete%s%n",
                kind, c.healed(), c.created(), c.appended(), c.rewritten(), c.complete(),
                c.unchanged() == 0 ? "" : " (" + c.unchanged() + " unchanged since the last heal)"));
        r.pointersSet().forEach((table, n) -> out.printf("%s.text_file_path set: %d%n", table, n));
        r.notes().forEach(n -> out.println("note: " + n));
        r.problems().forEach(p -> out.println("problem: " + p));
    }
}
