package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thywill.archive.bundle.BundleResult;
import org.thywill.archive.bundle.SkippedItem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code thywill export bundle [--out DIR]}: the community bundle, through the route build-community-bundle. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Write the community bundle (complete_site_archive/: prayers, users, activity, foundational",
            "prayers; no sessions, auth, invites, roles, system or membership files) as a ZIP, streamed to a",
            "temporary name and then renamed, into the downloads folder or --out."})
public class ExportBundleCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    ExportCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the ZIP (default: thywill.downloads).")
    Path out;

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = parent.parent.global;
        BundleResult result;
        try (RouteClient routes = new RouteClient(global, "direct:build-community-bundle")) {
            Map<String, Object> headers = new HashMap<>();
            headers.put("thywillOutDir", out == null ? null : out.toAbsolutePath().normalize());
            result = routes.request(null, headers, BundleResult.class);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (global.json()) {
            w.println(Json.MAPPER.writeValueAsString(json(result)));
        } else {
            w.printf("bundle: %s%n", result.path());
            w.printf("entries: %d, %d bytes%n", result.entries(), result.bytes());
            for (SkippedItem s : result.skipped()) {
                w.printf("skipped: %s (%s)%n", s.item(), s.reason());
            }
        }
        w.flush();
        return ExitCode.OK;
    }

    /** The result with its path as a plain file path (Jackson would write a {@code file://} URI). */
    private static Map<String, Object> json(BundleResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", r.path().toString());
        m.put("entries", r.entries());
        m.put("bytes", r.bytes());
        m.put("skipped", r.skipped());
        return m;
    }
}
