package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.thywill.archive.backup.BackupResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill backup [--tier hourly|daily|weekly]}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Take a consistent snapshot of the live database (writers go on) into",
            "<backups>/<tier>/thywill_<tier>_YYYYMMDD_HHMMSS.db with a .sha256 sidecar and a .manifest.json,",
            "checked with PRAGMA integrity_check before it gets its name; then copy it to the remote target",
            "(thywill.backups.remote-uri) and verify the copy. Exit 1 if the remote copy failed, 3 if the backup did."})
public class BackupCommand implements Callable<Integer> {

    enum Tier { hourly, daily, weekly }

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--tier", paramLabel = "TIER", description = "hourly, daily or weekly (default: ${DEFAULT-VALUE}).",
            defaultValue = "daily")
    Tier tier;

    @Override
    public Integer call() throws Exception {
        BackupResult r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:backup")) {
            r = routes.request(null, Map.of("thywillTier", tier.name()), BackupResult.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(r));
        } else {
            out.printf("%s backup %s (%d bytes, sha256 %s, schema version %s)%n", r.tier(), r.file(), r.sizeBytes(),
                    r.sha256(), r.schemaVersion() == null ? "none" : r.schemaVersion());
            if (r.remote() != null) {
                out.println(r.remote().ok()
                        ? "copied to " + r.remote().uri() + (r.remote().verified() ? " (verified)" : "")
                        : "problem: " + String.join("; ", r.remote().problems()));
            }
        }
        out.flush();
        return r.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
