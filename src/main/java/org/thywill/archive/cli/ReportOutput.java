package org.thywill.archive.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A command's report on standard output: as JSON with {@code --json}, else as the command's text. */
final class ReportOutput {

    private ReportOutput() {
    }

    static <T> void print(PrintWriter out, boolean json, T report, BiConsumer<PrintWriter, T> text)
            throws JsonProcessingException {
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            text.accept(out, report);
        }
        out.flush();
    }
}
