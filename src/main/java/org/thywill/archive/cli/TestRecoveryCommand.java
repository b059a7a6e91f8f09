package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.recovery.RecoveryTestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill test-recovery [--examples N]}. */
@Command(name = "test-recovery", mixinStandardHelpOptions = true,
        description = {"Rebuild a new database from the archive tree in a temporary folder (deleted afterwards;",
            "the live database is only read) and compare it with the live one at archive precision: the",
            "differences kind by kind, and what the format cannot carry by design, named. Exit 1 if the archives",
            "fail to give back anything they carry (a file rejected, a row only in the database or differing)."})
public class TestRecoveryCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--examples", paramLabel = "N",
            description = "Rows of each sort of difference to show (default: thywill.recovery.max-examples).")
    Integer examples;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> headers = new HashMap<>();
        if (examples != null) {
            headers.put("thywillMaxExamples", examples);
        }
        RecoveryTestReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:test-recovery")) {
            r = routes.request(null, headers, RecoveryTestReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(r));
        } else {
            out.println("Recovery of " + r.database() + " from " + r.archives() + ", tested at archive precision");
            RecoveryReports.printComparison(out, r.comparison());
            if (r.reproduced() && r.differingKinds().isEmpty()) {
                out.println("no differences: the archives give the database back");
            } else if (r.reproduced()) {
                out.println("the archives give every row of the database back, and hold more (import them)");
            } else {
                out.println("FAILED: the archives do not give back everything they carry (see above)");
            }
        }
        out.flush();
        return r.reproduced() ? ExitCode.OK : ExitCode.PROBLEMS;
    }
}
