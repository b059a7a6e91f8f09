package org.thywill.archive.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes, before or after the command name. */
public class GlobalOptions {

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The ThyWill SQLite database (default: thywill.db).")
    Path db;

    @Option(names = "--archives", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The text archive root (default: text_archives).")
    Path archives;

    @Option(names = "--backups", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The backup root (default: backups).")
    Path backups;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A properties file layered over the defaults (see config/application.properties).")
    Path config;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Machine-readable output: JSON on stdout.")
    boolean json;

    /** The settings given on the command line, which beat every other source. */
    public Map<String, String> overrides() {
        Map<String, String> o = new LinkedHashMap<>();
        if (db != null) {
            o.put("thywill.db", db.toAbsolutePath().normalize().toString());
        }
        if (archives != null) {
            o.put("thywill.archives", archives.toAbsolutePath().normalize().toString());
        }
        if (backups != null) {
            o.put("thywill.backups", backups.toAbsolutePath().normalize().toString());
        }
        return o;
    }

    /** The extra properties file, checked to exist so that a typo is a usage error, not a silent default. */
    public Path config() {
        if (config != null && !java.nio.file.Files.isRegularFile(config)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--config: no such file: " + config.toAbsolutePath());
        }
        return config;
    }

    public boolean json() {
        return json;
    }
}
