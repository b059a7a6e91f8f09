package org.thywill.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliUsageTest {

    @Test
    void helpListsTheBuiltCommandsAndExitCodes() {
        CliHarness r = CliHarness.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("run", "version", "parse", "Exit codes: 0 ok, 1 problems found, 2 usage error, 3 failure");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "version", "parse"}) {
            CliHarness r = CliHarness.run(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: thywill " + command);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliHarness r = CliHarness.run("--no-such-option", "version");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void missingCommandIsAUsageError() {
        CliHarness r = CliHarness.run();
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Missing command");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliHarness r = CliHarness.run("frobnicate");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void versionNamesTheParts() {
        CliHarness r = CliHarness.run("version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("thywill-archive-pipeline", "Apache Camel 4.18.0", "sqlite-jdbc", "Java ");
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        CliHarness r = CliHarness.run("--config", "/no/such/file.properties", "parse", "x");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("/no/such/file.properties");
    }
}
