package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.sessions.ExportSessionsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill export-sessions [--out FILE] [--include-expired]}. */
@Command(name = "export-sessions", mixinStandardHelpOptions = true,
        description = {"Write the database's sessions to a JSON file in the original's sessions_backup.json layout",
            "(owner-only: it holds the login cookies), so that members keep their logins across a rebuild.",
            "Expired sessions are left out unless --include-expired."})
public class ExportSessionsCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "sessions_backup.json",
            description = "The file to write (replaced atomically). Default: ${DEFAULT-VALUE} in the working directory.")
    Path out;

    @Option(names = "--include-expired", description = "Export expired sessions too.")
    boolean includeExpired;

    @Override
    public Integer call() throws Exception {
        ExportSessionsReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:export-sessions")) {
            Map<String, Object> headers = new HashMap<>();
            headers.put("thywillOut", out.toAbsolutePath().normalize());
            headers.put("thywillIncludeExpired", includeExpired);
            r = routes.request(null, headers, ExportSessionsReport.class);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (parent.global.json()) {
            w.println(Json.MAPPER.writeValueAsString(r));
        } else {
            w.printf("Exported %d sessions to %s (owner-only)%s%n", r.exported(), r.file(),
                    r.expiredLeftOut() == 0 ? "" : "; " + r.expiredLeftOut() + " expired left out");
            if (!r.usernames().isEmpty()) {
                w.println("Members: " + String.join(", ", r.usernames()));
            }
        }
        w.flush();
        return ExitCode.OK;
    }
}
