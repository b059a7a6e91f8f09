package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.recovery.ConsistencyReport;
import org.thywill.archive.recovery.ConsistencyRun;
import org.thywill.archive.recovery.DatabaseIntegrity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill validate-consistency [--fix] [--examples N]}. */
@Command(name = "validate-consistency", mixinStandardHelpOptions = true,
        description = {"Compare the database with the archive tree at archive precision, kind by kind (users,",
            "prayers, marks, attributes, activity logs, sessions, invite tokens and claims, and skips, roles and user",
            "roles when the tree carries them): rows only in the database, only in the archives, differing, with",
            "examples. The tree is rebuilt into a temporary database; the live one is only read. Score:",
            "max(0, 100 - issues / records x 100), issues being the rows that are not the same plus orphaned prayers",
            "and marks. --fix runs sync-archives, then validates again.",
            "Exit 0 EXCELLENT (>= 95), 1 GOOD (>= 85), 2 FAIR (>= 70) or POOR, 3 when the validation failed."})
public class ValidateConsistencyCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--fix", description = "Run sync-archives (import, then heal), then validate again; report both.")
    boolean fix;

    @Option(names = "--examples", paramLabel = "N",
            description = "Rows of each sort of difference to show (default: thywill.recovery.max-examples).")
    Integer examples;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> headers = new HashMap<>();
        headers.put("thywillFix", fix);
        if (examples != null) {
            headers.put("thywillMaxExamples", examples);
        }
        ConsistencyRun run;
        try (RouteClient routes = new RouteClient(parent.global, "direct:validate-consistency")) {
            run = routes.request(null, headers, ConsistencyRun.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(run));
        } else {
            if (run.beforeFix() != null) {
                out.println("before --fix:");
                print(out, run.beforeFix());
                out.println();
                out.println("sync-archives:");
                ImportReports.print(out, run.fix().imported());
                HealCommands.print(out, run.fix().healed());
                out.println();
                out.println("after --fix:");
            }
            print(out, run.report());
        }
        out.flush();
        return run.exitCode();
    }

    static void print(PrintWriter out, ConsistencyReport r) {
        out.println("Consistency of " + r.database() + " with " + r.archives() + " at archive precision");
        RecoveryReports.printComparison(out, r.comparison());
        DatabaseIntegrity i = r.integrity();
        out.printf("database: %d orphaned prayer(s), %d orphaned mark(s); %d user(s)/prayer(s) with no archive path,"
                + " %d with a path to no file%n", i.orphanedPrayers(), i.orphanedMarks(), i.missingPaths(), i.brokenPaths());
        i.examples().forEach(e -> out.println("  " + e));
        out.printf("score %.2f (%s): %d issue(s) in %d record(s)%n", r.score().score(), r.score().band(),
                r.score().issues(), r.score().records());
    }
}
