package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.recovery.ArchiveProblem;
import org.thywill.archive.recovery.ArchiveValidation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code thywill validate-archives}. */
@Command(name = "validate-archives", mixinStandardHelpOptions = true,
        description = {"Check the archive tree without changing it: every file parses with the reader of its kind,",
            "no prayer id is in two files, each prayer file's name agrees with its Submitted minute (_N allowed),",
            "monthly files hold only their month's lines, headers are well formed. Each problem is listed as",
            "file:line: reason. Exit 1 when anything is wrong."})
public class ValidateArchivesCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ArchiveValidation v;
        try (RouteClient routes = new RouteClient(parent.global, "direct:validate-archives")) {
            v = routes.request(null, Map.of(), ArchiveValidation.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(v));
        } else {
            for (ArchiveProblem p : v.problems()) {
                out.println(p.describe());
            }
            out.printf("%s: %d file(s) read (%d prayer(s)), %d left out (static content), %d problem(s)%s%n",
                    v.root(), v.files(), v.prayers(), v.leftOut(), v.problems().size(), v.ok() ? ": OK" : "");
        }
        out.flush();
        return v.ok() ? ExitCode.OK : ExitCode.PROBLEMS;
    }
}
