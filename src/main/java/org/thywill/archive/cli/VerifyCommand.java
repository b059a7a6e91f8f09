package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.thywill.archive.backup.VerifyReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code thywill verify FILE [--allow-missing-checksum]}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a backup without changing it: SHA-256 against its sidecar (which must name this file),",
            "its manifest, its header, PRAGMA integrity_check on a read-only open, its schema version.",
            "Exit 1 when anything is wrong, saying what."})
public class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--allow-missing-checksum",
            description = "A missing sidecar or manifest is a note, not a failure (backups of the original).")
    boolean allowMissingChecksum;

    @Override
    public Integer call() throws Exception {
        VerifyReport r;
        try (RouteClient routes = new RouteClient(parent.global, "direct:verify-backup")) {
            Map<String, Object> headers = new HashMap<>();
            headers.put("thywillFile", file.toAbsolutePath().normalize());
            headers.put("thywillAllowMissingChecksum", allowMissingChecksum);
            r = routes.request(null, headers, VerifyReport.class);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.json()) {
            out.println(Json.MAPPER.writeValueAsString(r));
        } else {
            r.notes().forEach(n -> out.println("note: " + n));
            r.problems().forEach(p -> out.println("problem: " + p));
            String version = r.schemaVersion() == null ? "none" : r.schemaVersion();
            out.println(r.ok() ? "ok: " + r.file() + " (sha256 " + r.sha256() + ", schema version " + version + ")"
                    : "FAILED: " + r.file());
        }
        out.flush();
        return r.ok() ? ExitCode.OK : ExitCode.PROBLEMS;
    }
}
