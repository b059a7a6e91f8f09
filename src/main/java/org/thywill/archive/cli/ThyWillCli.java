package org.thywill.archive.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./thywill}: the operator's entry point. Every command only sends work to a route. */
@Command(name = "thywill",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "ThyWill archive, backup and recovery pipeline.",
        subcommands = {
            RunCommand.class,
            VersionCommand.class,
            ParseCommand.class,
            ImportCommand.class,
            GenerateDemoCommand.class,
            HealArchivesCommand.class,
            SyncUsersCommand.class,
            SyncArchivesCommand.class,
            BackupCommand.class,
            VerifyCommand.class,
            ListBackupsCommand.class,
            CleanupBackupsCommand.class,
            ExportSessionsCommand.class,
            RestoreSessionsCommand.class,
            RepairArchivesCommand.class,
            ReconstructFromArchivesCommand.class,
            RestoreCommand.class,
            RestoreSafeCommand.class,
            ExportCommand.class,
            ValidateArchivesCommand.class,
            ValidateConsistencyCommand.class,
            RecoveryReportCommand.class,
            TestRecoveryCommand.class,
            FullRecoveryCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 ok, 1 problems found, 2 usage error, 3 failure."})
public class ThyWillCli implements Runnable {

    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; returns the exit code (used by tests too). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ThyWillCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.FAILURE);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CommandLine.ParameterException usage) {
                throw usage;
            }
            cmd.getErr().println("thywill: " + cmd.getCommandName() + " failed: " + describe(e));
            return ExitCode.FAILURE;
        });
        return cli.execute(args);
    }

    /**
     * The outermost of our own exceptions in the chain, which says what failed and where (a file, the
     * database), with the root cause's message when it does not already carry it; else the root cause's
     * message, or the outermost message that carries it (Camel's wrappers say nothing useful).
     */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = root.getMessage();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.thywill.archive.") && t.getMessage() != null) {
                String m = t.getMessage();
                return t == root || rootMessage == null || m.contains(rootMessage) ? m : m + " (" + rootMessage + ")";
            }
        }
        if (rootMessage != null) {
            // e.g. "cannot write <file>: No space left on device" around the bare I/O error
            for (Throwable t = e; t != root; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains(rootMessage)) {
                    return t.getMessage();
                }
            }
        }
        return root == e || rootMessage == null ? String.valueOf(e.getMessage() != null ? e.getMessage() : e) : rootMessage;
    }
}
