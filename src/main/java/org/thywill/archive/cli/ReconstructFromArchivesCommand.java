package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.repair.ReconstructReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill reconstruct-from-archives [--dry-run]}. */
@Command(name = "reconstruct-from-archives", mixinStandardHelpOptions = true,
        description = {"Repair the database's relationships from the archives, in one transaction and without",
            "duplicating anything: users the registration lines name that have no row, inviter links",
            "(invited_by_username), text_file_path pointers. A name only prayer files use creates no user: it is",
            "listed. Nobody is granted a role. Exit 1 if something could not be reconstructed or the archives",
            "disagree with the database."})
public class ReconstructFromArchivesCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "Do the work in a transaction that is rolled back; list what would change.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        ReconstructReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:reconstruct-from-archives")) {
            r = routes.request(null, Map.of("thywillDryRun", dryRun),
                    ReconstructReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(r));
        } else {
            if (r.dryRun()) {
                out.println("Dry run: rolled back, nothing was changed.");
            }
            list(out, "user created", r.usersCreated());
            list(out, "inviter linked", r.invitersLinked());
            list(out, "invite_token_used filled", r.inviteTokensFilled());
            list(out, "text_file_path set", r.pointersSet());
            list(out, "not created", r.namesWithoutRegistration());
            out.printf("%d users created, %d inviter links, %d invite tokens filled, %d pointers set; %d names without"
                            + " registration%n", r.usersCreated().size(), r.invitersLinked().size(),
                    r.inviteTokensFilled().size(), r.pointersSet().size(), r.namesWithoutRegistration().size());
            list(out, "note", r.notes());
            list(out, "conflict", r.conflicts());
            list(out, "problem", r.problems());
        }
        out.flush();
        return r.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private static void list(PrintWriter out, String label, List<String> lines) {
        lines.forEach(l -> out.println(label + ": " + l));
    }
}
