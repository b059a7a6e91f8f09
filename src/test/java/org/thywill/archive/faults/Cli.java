package org.thywill.archive.faults;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.thywill.archive.cli.ThyWillCli;

/** Runs the CLI in-process on a database, an archive root and a backups folder, and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(Path db, Path archives, Path backups, Path config, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--archives", archives.toString(),
                "--backups", backups.toString()));
        if (config != null) {
            all.addAll(List.of("--config", config.toString()));
        }
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ThyWillCli.execute(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** Everything printed, for assertion messages. */
    String printed() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
