package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.processors.ArchiveFileParser;
import org.thywill.archive.processors.FileParse;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code thywill parse FILE...}: what the readers understand of archive files, with diagnostics. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Print what the readers understood of archive files (a directory means every file below it),",
            "with a diagnostic (file:line: reason) for every line they could not understand.",
            "Exit 1 when any file has diagnostics."})
public class ParseCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Archive files or directories.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Files are sent to the route this many at a time, and printed as they come back: a tree of any size fits. */
    private static final int CHUNK = 256;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int problems = 0;
        int count = 0;
        try (RouteClient routes = new RouteClient(parent.global, "direct:parse-files")) {
            List<String> all = ArchiveFileParser.expand(files.stream().map(Path::toString).toList());
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                for (FileParse r : (List<FileParse>) routes.request(chunk, List.class)) {
                    count++;
                    problems += r.diagnostics().size();
                    if (parent.global.json()) {
                        out.println(Json.MAPPER.writeValueAsString(asJson(r)));
                    } else {
                        printHuman(out, r);
                    }
                }
                out.flush();
            }
        }
        if (!parent.global.json()) {
            out.printf("%d file(s), %d diagnostic(s)%n", count, problems);
        }
        out.flush();
        return problems == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
    }


    private static Map<String, Object> asJson(FileParse r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("path", r.path());
        o.put("kind", r.kind() == null ? null : r.kind().name());
        o.put("diagnostics", r.diagnostics());
        o.put("record", r.record());
        return o;
    }

    private static void printHuman(PrintWriter out, FileParse r) throws Exception {
        out.printf("%s: %s%s%n", r.path(), r.kind() == null ? "unknown kind" : r.kind().name(),
                r.isClean() ? "" : ", " + r.diagnostics().size() + " diagnostic(s)");
        for (Diagnostic d : r.diagnostics()) {
            out.println("  " + d.describe(r.path()));
        }
        if (r.record() != null) {
            String pretty = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r.record());
            for (String line : pretty.split("\n")) {
                out.println("  " + line);
            }
        }
    }
}
