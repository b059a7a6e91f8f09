package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.camel.CamelExecutionException;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.backup.RestoreException;
import org.thywill.archive.backup.RestoreReport;
import org.thywill.archive.backup.SchemaReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code thywill restore FILE [--yes]}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the live database with a backup: verify it, stop the routes that write the database,",
            "take a pre-restore backup into <backups>/pre_restore/, copy the backup beside the database and check it,",
            "lock the database against every other connection, drop its stale -wal/-shm, rename the copy over it,",
            "start the routes again. Asks on a terminal; without one it refuses unless --yes.",
            "Exit 1 if the backup was refused or the answer was no, 2 without a terminal and --yes, 3 if it failed",
            "(the database is then unchanged)."})
public class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--yes", description = "Restore without asking (needed without a terminal).")
    boolean yes;

    @Option(names = "--allow-missing-checksum",
            description = "A backup without sidecar or manifest (the original's) may be restored if it checks out.")
    boolean allowMissingChecksum;

    /** The route this command sends to. */
    String endpoint() {
        return "direct:restore";
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Confirmation.Terminal terminal = Confirmation.system();
        if (!yes && terminal == null) {
            err.println("thywill: refusing to restore without a terminal; pass --yes");
            err.flush();
            return ExitCode.USAGE;
        }
        Path backup = file.toAbsolutePath().normalize();
        RestoreReport r;
        try (RouteClient routes = new RouteClient(parent.global, endpoint())) {
            Path db = routes.bean("settings", ThyWillSettings.class).database();
            if (Confirmation.ask(terminal, yes, "Restore " + backup + " over " + db + "? [y/N] ")
                    != Confirmation.Answer.YES) {
                out.println("Restore cancelled; nothing was changed.");
                out.flush();
                return ExitCode.PROBLEMS;
            }
            Map<String, Object> headers = new HashMap<>();
            headers.put("thywillFile", backup);
            headers.put("thywillAllowMissingChecksum", allowMissingChecksum);
            r = routes.request(null, headers, RestoreReport.class);
        } catch (CamelExecutionException e) {
            RestoreException refused = Causes.find(e, RestoreException.class);
            if (refused == null) {
                throw e;
            }
            err.println("thywill: " + spec.name() + " failed: " + refused.getMessage());
            err.flush();
            return refused.reason() == RestoreException.Reason.BACKUP_REJECTED ? ExitCode.PROBLEMS : ExitCode.FAILURE;
        }
        ReportOutput.print(out, parent.global.json(), r, RestoreCommand::print);
        return r.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    static void print(PrintWriter out, RestoreReport r) {
        out.printf("restored %s from %s (%,d bytes, sha256 %s)%n", r.database(), r.restoredFrom(), r.sizeBytes(),
                r.sha256());
        out.println(r.preRestoreBackup() != null ? "pre-restore backup: " + r.preRestoreBackup()
                : "pre-restore backup: none (" + r.preRestoreNote() + ")");
        if (!r.removed().isEmpty()) {
            out.println("removed under the lock: " + String.join(", ", r.removed()));
        }
        out.println("routes stopped: " + (r.routesStopped().isEmpty() ? "none" : String.join(", ", r.routesStopped()))
                + "; started again: " + (r.routesRestarted().isEmpty() ? "none" : String.join(", ", r.routesRestarted())));
        SchemaReport s = r.schema();
        if (s != null) {
            out.printf("schema: version %s -> %s (%s, %d migration(s) applied); check %s; foreign_key_check: %d row(s)%n",
                    s.versionBefore() == null ? "none" : s.versionBefore(), s.versionAfter(),
                    s.openedAs().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), s.migrationsApplied(),
                    s.ok() ? "ok" : "FAILED", s.foreignKeyViolations());
            s.foreignKeySample().forEach(v -> out.println("  foreign key: " + v));
            s.problems().forEach(p -> out.println("problem: " + p));
        }
        r.problems().forEach(p -> out.println("problem: " + p));
        out.printf("took %,d ms%n", r.millis());
    }
}
