package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.camel.CamelExecutionException;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.recovery.FullRecoveryException;
import org.thywill.archive.recovery.FullRecoveryReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill full-recovery [--yes]}. */
@Command(name = "full-recovery", mixinStandardHelpOptions = true,
        description = {"Merge everything the archive tree holds into the live database, losing nothing only the",
            "database knows: stop the routes that write the database, take a verified backup into",
            "<backups>/pre_restore/, import the whole tree into a copy of the database (or a new one when there is",
            "none; no user made up for a name, no role granted), check the copy (integrity, schema, no table with",
            "fewer rows) and swap it in as restore does; when the archives add nothing, the database is left as it",
            "was. Asks on a terminal; without one it refuses unless --yes.",
            "Exit 1 if a file was rejected, the database or the copy failed a check, or the answer was no; 2",
            "without a terminal and --yes; 3 if it failed (the database is then unchanged)."})
public class FullRecoveryCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--yes", description = "Recover without asking (needed without a terminal).")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Confirmation.Terminal terminal = Confirmation.system();
        if (!yes && terminal == null) {
            err.println("thywill: refusing to run full-recovery without a terminal; pass --yes");
            err.flush();
            return ExitCode.USAGE;
        }
        FullRecoveryReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:full-recovery")) {
            ThyWillSettings settings = routes.bean("settings", ThyWillSettings.class);
            if (Confirmation.ask(terminal, yes, "Merge everything in " + settings.archives() + " into "
                    + settings.database() + " (a backup is taken first)? [y/N] ") != Confirmation.Answer.YES) {
                out.println("Full recovery cancelled; nothing was changed.");
                out.flush();
                return ExitCode.PROBLEMS;
            }
            r = routes.request(null, Map.of(), FullRecoveryReport.class);
        } catch (CamelExecutionException e) {
            FullRecoveryException refused = Causes.find(e, FullRecoveryException.class);
            if (refused == null) {
                throw e;
            }
            err.println("thywill: full-recovery failed: " + refused.getMessage());
            err.flush();
            return refused.reason() == FullRecoveryException.Reason.REFUSED ? ExitCode.PROBLEMS : ExitCode.FAILURE;
        }
        ReportOutput.print(out, parent.global.json(), r, FullRecoveryCommand::print);
        return r.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    static void print(PrintWriter out, FullRecoveryReport r) {
        out.println("Full recovery of " + r.database() + " from " + r.archives());
        out.println(r.backup() != null ? "backup: " + r.backup() : "backup: none (" + r.backupNote() + ")");
        out.printf("files: %d imported, %d rejected%n", r.files().getOrDefault("imported", 0),
                r.files().getOrDefault("rejected", 0));
        out.println("inserted: " + rows(r.inserted()));
        if (!r.updated().isEmpty()) {
            out.println("updated: " + rows(r.updated()));
        }
        r.rejections().forEach(x -> out.println("rejected: " + x));
        r.conflicts().forEach(x -> out.println("conflict: " + x));
        out.println(r.swapped() ? "swapped: the merged copy replaced the database"
                : "not swapped: " + r.swapNote());
        if (!r.removed().isEmpty()) {
            out.println("removed under the lock: " + String.join(", ", r.removed()));
        }
        out.println("routes stopped: " + (r.routesStopped().isEmpty() ? "none" : String.join(", ", r.routesStopped()))
                + "; started again: " + (r.routesRestarted().isEmpty() ? "none"
                : String.join(", ", r.routesRestarted())));
        r.problems().forEach(p -> out.println("problem: " + p));
        out.printf("took %,d ms%n", r.millis());
    }

    private static String rows(Map<String, Integer> byTable) {
        if (byTable.isEmpty()) {
            return "nothing";
        }
        StringBuilder s = new StringBuilder();
        new java.util.TreeMap<>(byTable).forEach((t, n) -> s.append(s.length() == 0 ? "" : ", ").append(t)
                .append(' ').append(n));
        return s.toString();
    }
}
