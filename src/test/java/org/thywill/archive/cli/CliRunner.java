package org.thywill.archive.cli;

/** Runs the CLI in-process from tests of other packages. */
public final class CliRunner {

    /** What a run gave: its exit code and what it printed. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        CliHarness h = CliHarness.run(args);
        return new Result(h.exitCode(), h.out(), h.err());
    }
}
