package org.thywill.archive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.cli.CliHarness;
import org.thywill.archive.testing.RunningService;

/**
 * {@code thywill run} refuses to start, with the reason, where it could only half start: a port that another program
 * holds (Camel would log the failed bind and run on, listening nowhere), or a database another service already
 * serves.
 */
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a start that is not refused would run on
class ServiceStartRefusalTest {

    @TempDir
    Path dir;

    @Test
    void aTakenApiPortStopsTheStartNamingThePortAndTheSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] run = run("--port", Integer.toString(other.getLocalPort()),
                    "--management-port", Integer.toString(RunningService.freePort()));
            assertThat(run[0]).isNotEqualTo("0");
            assertThat(run[1]).contains("cannot listen on 127.0.0.1:" + other.getLocalPort()
                    + " for the HTTP API (thywill.http.port): ").contains("choose another with --port");
        }
    }

    @Test
    void aTakenManagementPortStopsTheStartToo() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] run = run("--port", "0", "--management-port", Integer.toString(other.getLocalPort()));
            assertThat(run[0]).isNotEqualTo("0");
            assertThat(run[1]).contains("cannot listen on 127.0.0.1:" + other.getLocalPort()
                    + " for the management server (thywill.management.port): ");
        }
    }

    @Test
    void aSecondServiceOnOneDatabaseIsRefusedNamingTheFirstUntilItStops() throws Exception {
        try (RunningService first = RunningService.start(dir)) {
            String[] second = run("--port", "0", "--management-port", Integer.toString(RunningService.freePort()));
            assertThat(second[0]).isNotEqualTo("0");
            assertThat(second[1]).contains("another service already runs on " + dir.resolve("thywill.db") + " (pid "
                    + ProcessHandle.current().pid() + ": thywill run since ");
            assertThat(first.count("user")).as("the first one runs on").isZero();
        }
        try (RunningService again = RunningService.start(dir)) {
            assertThat(again.count("user")).as("the lock went with the first one").isZero();
        }
    }

    /** {@code thywill run} in this JVM, on the test's folders: its exit code and everything it printed. */
    private String[] run(String... options) {
        String[] args = Stream.concat(Stream.of("--db", dir.resolve("thywill.db").toString(), "--archives",
                dir.resolve("text_archives").toString(), "--backups", dir.resolve("backups").toString(), "run"),
                Stream.of(options)).toArray(String[]::new);
        CliHarness cli = CliHarness.run(args);
        return new String[] {String.valueOf(cli.exitCode()), cli.out() + cli.err()};
    }
}
