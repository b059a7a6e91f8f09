package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.backup.ListedBackup;
import org.thywill.archive.recovery.ArchivedKind;
import org.thywill.archive.recovery.BackupsAvailable;
import org.thywill.archive.recovery.NotCarried;
import org.thywill.archive.recovery.RebuildableKind;
import org.thywill.archive.recovery.RecoveryReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill recovery-report [--verify-backups]}. */
@Command(name = "recovery-report", mixinStandardHelpOptions = true,
        description = {"What the archive tree can rebuild, per kind, counted by parsing every file (records, not",
            "files); what it holds that is not rebuilt; what it cannot rebuild, named (with the live database's",
            "rows it concerns); and the backups available with their verification state. Writes nothing."})
public class RecoveryReportCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verify-backups", description = "Fully verify each backup (reads every byte of each).")
    boolean verifyBackups;

    @Override
    public Integer call() throws Exception {
        RecoveryReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:recovery-report")) {
            r = routes.request(null, Map.of("thywillVerifyBackups", verifyBackups),
                    RecoveryReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportOutput.print(out, parent.global.json(), r, RecoveryReportCommand::print);
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, RecoveryReport r) {
        out.println("Recovery report for " + r.archives() + " (" + r.generatedAt() + ")");
        out.printf("%d file(s) parsed, %d with lines their reader could not understand%s%n", r.files(),
                r.filesWithProblems(), r.filesWithProblems() > 0 ? " (those lines are not rebuilt: run"
                        + " validate-archives)" : "");
        out.println("the archives can rebuild (records counted by parsing):");
        for (RebuildableKind k : r.canRebuild()) {
            out.printf("  %-18s %8d  %s%n", k.kind(), k.records(), k.sources());
        }
        if (!r.archivedNotRebuilt().isEmpty()) {
            out.println("archived, not rebuilt by the import:");
            for (ArchivedKind k : r.archivedNotRebuilt()) {
                out.printf("  %-24s %5d file(s) %8d record(s): %s%n", k.kind(), k.files(), k.records(), k.why());
            }
        }
        out.println("the archives cannot rebuild" + (r.database() == null ? " (no database to count in):"
                : " (counted in " + r.database() + "):"));
        for (NotCarried n : r.cannotRebuild()) {
            out.println("  " + n.what() + (n.databaseCount() == null ? "" : " [" + n.databaseCount() + "]") + ": "
                    + n.reason());
        }
        BackupsAvailable b = r.backups();
        out.printf("backups in %s: %d backup(s), %d %s%n", b.listing().root(), b.total(), b.verified(),
                b.check().equals("full") ? "verified" : "checked (sidecar and size; --verify-backups for a full verify)");
        ListedBackup newest = b.newestVerified();
        out.println(newest == null ? "  no backup to recover from"
                : "  newest good: " + newest.tier() + "/" + newest.name() + ", " + ListBackupsCommand.age(newest.ageSeconds()) + " old");
        b.listing().tiers().forEach((tier, list) -> list.forEach(l -> out.printf("  %s/%s  %s%n", tier, l.name(),
                l.verified() ? "ok" : "NOT OK: " + String.join("; ", l.problems()))));
    }
}
