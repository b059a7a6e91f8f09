package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.sessions.RestoreSessionsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code thywill restore-sessions FILE}. */
@Command(name = "restore-sessions", mixinStandardHelpOptions = true,
        description = {"Insert the sessions of a sessions backup (export-sessions, or the original's",
            "sessions_backup.json) that are unexpired, belong to a member the database has, and are not there yet.",
            "An unusable file or entry inserts nothing (exit 3, naming the file and the entry)."})
public class RestoreSessionsCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The sessions backup file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        RestoreSessionsReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:restore-sessions")) {
            r = routes.request(null,
                    Map.of("thywillFile", file.toAbsolutePath().normalize()), RestoreSessionsReport.class);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (parent.global.json()) {
            w.println(Json.MAPPER.writeValueAsString(r));
        } else {
            w.printf("Restored %d of %d sessions from %s; skipped: %d expired, %d of unknown members, %d already"
                    + " present%n", r.restored(), r.inFile(), r.file(), r.skippedExpired(), r.skippedUnknownUser(),
                    r.skippedExisting());
        }
        w.flush();
        return ExitCode.OK;
    }
}
