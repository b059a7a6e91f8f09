package org.thywill.archive.intake;

import java.util.List;
import org.thywill.archive.format.Diagnostic;

/** Diagnostics written for an operator's report. */
final class Diagnostics {

    private Diagnostics() {
    }

    /** {@code line 3: reason}, plus {@code (and 2 more)} when there are more. */
    static String first(List<Diagnostic> diagnostics) {
        Diagnostic d = diagnostics.get(0);
        String where = d.line() > 0 ? "line " + d.line() + ": " : "";
        int more = diagnostics.size() - 1;
        return where + d.reason() + (more > 0 ? " (and " + more + " more)" : "");
    }
}
