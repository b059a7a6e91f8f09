package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.thywill.archive.backup.BackupListing;
import org.thywill.archive.backup.ListedBackup;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill list [--verify]}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the backups of every tier (hourly, daily, weekly, pre_restore), newest first: name, size,",
            "age, and whether they check out (quick: sidecar present and size as in the manifest; --verify: a full",
            "verify of each); then each scheduled tier's last good backup (the newest that checks out; in --json:",
            "lastGood). Exit 1 if a backup does not check out."})
public class ListBackupsCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verify", description = "Fully verify each backup (reads every byte of each).")
    boolean verify;

    @Override
    public Integer call() throws Exception {
        BackupListing listing;
        try (RouteClient routes = new RouteClient(parent.global, "direct:list-backups")) {
            listing = routes.request(null, Map.of("thywillVerify", verify), BackupListing.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(listing));
        } else {
            listing.tiers().forEach((tier, backups) -> print(out, tier, backups));
            out.println("last good: " + lastGood(listing));
        }
        out.flush();
        return listing.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private static void print(PrintWriter out, String tier, List<ListedBackup> backups) {
        out.println(tier + ":" + (backups.isEmpty() ? " none" : ""));
        for (ListedBackup b : backups) {
            out.printf("  %s  %,d bytes  %s old  %s%n", b.name(), b.sizeBytes(), age(b.ageSeconds()),
                    b.verified() ? (b.check().equals("full") ? "verified" : "checked") : "NOT VERIFIED: "
                            + String.join("; ", b.problems()));
        }
    }

    /** e.g. {@code hourly thywill_hourly_20261122_110000.db (12m 5s old), daily none, weekly none}. */
    private static String lastGood(BackupListing listing) {
        StringBuilder b = new StringBuilder();
        listing.lastGood().forEach((tier, last) -> b.append(b.length() == 0 ? "" : ", ").append(tier).append(' ')
                .append(last == null ? "none" : last.name() + " (" + age(last.ageSeconds()) + " old)"));
        return b.toString();
    }

    static String age(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toDays() > 0) {
            return d.toDays() + "d " + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        return d.toMinutes() + "m " + d.toSecondsPart() + "s";
    }
}
