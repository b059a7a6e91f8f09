package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.thywill.archive.demo.DemoCount;
import org.thywill.archive.demo.DemoOutput;
import org.thywill.archive.demo.DemoRequest;
import org.thywill.archive.demo.DemoSummary;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code thywill generate-demo}: a synthetic community for benchmarks and large tests. */
@Command(name = "generate-demo", mixinStandardHelpOptions = true,
        description = {"Generate a realistic synthetic community: OUT/text_archives/ and a matching OUT/thywill.db,",
            "as the original app would have written them, spread over many months. The same seed gives",
            "byte-identical archives and identical rows. Refuses an OUT that already holds a community.",
            "(--db and --archives do not apply: OUT decides both.)"})
public class GenerateDemoCommand implements Callable<Integer> {

    @ParentCommand
    ThyWillCli parent;

    @Option(names = "--users", paramLabel = "N", defaultValue = "50",
            description = "Members to register, " + DemoRequest.MIN_USERS + " to " + DemoRequest.MAX_USERS
                    + " (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--prayers", paramLabel = "M", defaultValue = "500",
            description = "Prayers to submit, 0 to " + DemoRequest.MAX_PRAYERS + " (default: ${DEFAULT-VALUE}).")
    int prayers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Where text_archives/ and thywill.db go (default: the current directory).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        boolean json = parent.global.json();
        DemoSummary summary;
        try (ProgressBar bar = json || System.console() == null ? null : progressBar()) {
            LongConsumer progress = bar == null ? done -> { } : bar::stepTo;
            DemoRequest request = new DemoRequest(users, prayers, seed, out, progress);
            try (RouteClient routes = new RouteClient(parent.global, "direct:generate-demo")) {
                summary = routes.request(request, DemoSummary.class);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Json.MAPPER.writeValueAsString(asJson(summary)));
        } else {
            printHuman(w, summary);
        }
        w.flush();
        return ExitCode.OK;
    }

    private void validate() {
        if (users < DemoRequest.MIN_USERS || users > DemoRequest.MAX_USERS) {
            throw usage("--users must be between " + DemoRequest.MIN_USERS + " and " + DemoRequest.MAX_USERS
                    + ", not " + users);
        }
        if (prayers < 0 || prayers > DemoRequest.MAX_PRAYERS) {
            throw usage("--prayers must be between 0 and " + DemoRequest.MAX_PRAYERS + ", not " + prayers);
        }
        DemoOutput.refusal(out.toAbsolutePath().normalize()).ifPresent(reason -> {
            throw usage("--out: " + reason);
        });
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private ProgressBar progressBar() {
        return new ProgressBarBuilder().setTaskName("Prayers").setInitialMax(prayers).setUpdateIntervalMillis(250)
                .build();
    }

    private static Map<String, Object> asJson(DemoSummary s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("out", s.out().toString());
        o.put("seed", s.seed());
        for (DemoCount c : DemoCount.values()) {
            o.put(c.key(), s.count(c));
        }
        o.put("elapsed_ms", s.elapsedMillis());
        return o;
    }

    private static void printHuman(PrintWriter w, DemoSummary s) {
        w.printf(Locale.ROOT, "Generated a demo community in %s (seed %d) in %.1f s:%n", s.out(), s.seed(),
                s.elapsedMillis() / 1000.0);
        for (DemoCount c : DemoCount.values()) {
            w.printf(Locale.ROOT, "  %,12d  %s%n", s.count(c), c.description());
        }
    }
}
