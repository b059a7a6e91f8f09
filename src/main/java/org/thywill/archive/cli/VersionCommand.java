package org.thywill.archive.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code thywill version}: what is running. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version of this pipeline and its main parts.")
public class VersionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new Provider().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        return ExitCode.OK;
    }

    /** Versions read from the jars on the class path, not hard-coded. */
    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "thywill-archive-pipeline " + version(ThyWillCli.class),
                "Apache Camel " + version(org.apache.camel.CamelContext.class),
                "sqlite-jdbc " + org.sqlite.SQLiteJDBCLoader.getVersion(),
                "Java " + System.getProperty("java.version")
            };
        }

        private static String version(Class<?> c) {
            String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
            return v == null ? "(development build)" : v;
        }
    }
}
