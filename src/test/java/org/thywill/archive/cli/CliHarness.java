package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
public record CliHarness(int exitCode, String out, String err) {

    public static CliHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ThyWillCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliHarness(code, out.toString(), err.toString());
    }

    /** Runs the CLI on {@code dir}'s {@code thywill.db} and {@code text_archives}. */
    static CliHarness runIn(java.nio.file.Path dir, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = dir.resolve("thywill.db").toString();
        all[2] = "--archives";
        all[3] = dir.resolve("text_archives").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }
}
