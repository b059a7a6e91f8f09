package org.thywill.archive.cli;

/** Runs the CLI in-process from tests of other packages; returns the exit code. */
public final class CliRunner {

    private CliRunner() {
    }

    public static int run(String... args) {
        return CliHarness.run(args).exitCode();
    }
}
