package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.thywill.archive.backup.CleanupReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill cleanup [--dry-run]}. */
@Command(name = "cleanup", mixinStandardHelpOptions = true,
        description = {"Delete backups older than their tier's retention, by exact age: hourly 48 h, daily 30 days,",
            "weekly 12 weeks, pre-restore copies 30 days. A tier's newest verified backup is never deleted.",
            "The copies under thywill.backups.remote-uri are pruned by the same rules when it is a file: folder.",
            "Exit 1 if something could not be deleted."})
public class CleanupBackupsCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "List what would be deleted; delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        CleanupReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:cleanup-backups")) {
            r = routes.request(null, Map.of("thywillDryRun", dryRun), CleanupReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(r));
        } else {
            String verb = r.dryRun() ? "would delete " : "deleted ";
            if (r.dryRun()) {
                out.println("Dry run: nothing was deleted.");
            }
            r.deleted().forEach(d -> out.println(verb + d));
            r.staleTemps().forEach(d -> out.println(verb + "stale temp file " + d));
            r.keptNewest().forEach(k -> out.println("kept " + k + " (the newest verified backup of its tier)"));
            r.remote().deleted().forEach(d -> out.println(verb + "remote copy " + d));
            r.remote().staleTemps().forEach(d -> out.println(verb + "stale partial remote copy " + d));
            r.remote().keptNewest().forEach(k -> out.println("kept remote copy " + k + " (the newest verified copy of its tier)"));
            r.problems().forEach(p -> out.println("problem: " + p));
            out.printf("%d backups %s%n", r.deleted().size(), r.dryRun() ? "to delete" : "deleted");
            if (r.remote().target() != null) {
                out.printf("remote %s: %s%s%n", r.remote().target(), r.remote().note(), r.remote().pruned()
                        ? ", " + r.remote().deleted().size() + " copies " + (r.dryRun() ? "to delete" : "deleted") : "");
            }
        }
        out.flush();
        return r.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
