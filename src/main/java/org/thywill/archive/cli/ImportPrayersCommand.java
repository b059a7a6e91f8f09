package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.thywill.archive.importing.PrayerJsonReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code thywill import prayers FILE [--dry-run]}. */
@Command(name = "prayers", mixinStandardHelpOptions = true,
        description = {"Import prayers from a JSON array (text, generated_prayer, author_name, author_id,",
            "project_tag, created_at). Each new prayer gets its archive file first, then its rows; a prayer with",
            "the same author, text and minute is never imported twice. Exit 1 if any element was bad."})
public class ImportPrayersCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    ImportCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The JSON file.")
    Path file;

    @Option(names = "--dry-run", description = "Say what would be imported, write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = parent.parent.global;
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file.toAbsolutePath());
        }
        PrayerJsonReport report;
        try (RouteClient routes = new RouteClient(global, "direct:import-prayers-json")) {
            report = routes.request(file.toAbsolutePath().toString(),
                    Map.of("thywillDryRun", dryRun), PrayerJsonReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (global.json()) {
            out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            out.printf("%s %s: %d prayer(s) %s, %d already present, %d new author(s), %d error(s)%n",
                    dryRun ? "Dry run of" : "Imported", report.getSource(), report.getImported(),
                    dryRun ? "would be imported" : "imported", report.getAlreadyPresent(), report.getUsersCreated(),
                    report.getErrors().size());
            report.getErrors().forEach(e -> out.println("  " + e));
        }
        out.flush();
        return report.getErrors().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
    }
}
