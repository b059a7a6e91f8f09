package org.thywill.archive.format.prayer;

import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.TextLines;

/**
 * Reads the lines of an {@code Activity:} section (or of a headerless file) into entries, in file order.
 *
 * <p>A line that {@linkplain ActivityLineParser#startsActivity starts an activity} opens an entry; the
 * lines after it that do not start one are its continuation lines. A testimony takes its continuation
 * lines into its text (the original writes a testimony's newlines raw), and so does a quoted
 * {@code set}/{@code removed} value; any other entry cannot continue, so such lines, and lines before the
 * first activity, are kept as {@link UnrecognisedLine}s with a diagnostic each.
 */
final class ActivitySection {

    record Result(List<ActivityEntry> entries, List<Diagnostic> diagnostics) {
        boolean isClean() {
            return diagnostics.isEmpty();
        }
    }

    private ActivitySection() {
    }

    /**
     * @param text            the section's text: activity lines, each ending with {@code \n}
     * @param firstLineNumber the 1-based number, in the file, of the section's first line
     */
    static Result read(String text, int firstLineNumber) {
        TextLines t = TextLines.split(text);
        List<String> lines = t.lines();
        List<ActivityEntry> entries = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int n = lines.size();
        ActivityLineParser.Result[] single = new ActivityLineParser.Result[n];
        boolean[] starts = new boolean[n];
        for (int k = 0; k < n; k++) {
            single[k] = ActivityLineParser.parse(lines.get(k));
            starts[k] = ActivityLineParser.startsActivity(single[k]);
        }
        int i = 0;
        while (i < n) {
            if (!starts[i]) {
                entries.add(new UnrecognisedLine(lines.get(i)));
                diagnostics.add(Diagnostic.atLine(firstLineNumber + i, single[i].failure()));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !starts[end]) {
                end++;
            }
            if (end - i > 1) {
                ActivityLineParser.Result whole = ActivityLineParser.parse(String.join("\n", lines.subList(i, end)));
                if (whole.ok()) {
                    entries.add(whole.entry());
                    i = end;
                    continue;
                }
            }
            if (single[i].ok()) {
                entries.add(single[i].entry());
            } else {
                entries.add(new UnrecognisedLine(lines.get(i)));
                diagnostics.add(Diagnostic.atLine(firstLineNumber + i, single[i].failure()));
            }
            for (int k = i + 1; k < end; k++) {
                entries.add(new UnrecognisedLine(lines.get(k)));
                diagnostics.add(Diagnostic.atLine(firstLineNumber + k, "line does not continue the activity above"
                        + " (only a testimony or a quoted value runs over several lines): " + single[k].failure()));
            }
            i = end;
        }
        if (!text.isEmpty() && !t.endsWithNewline()) {
            diagnostics.add(Diagnostic.atLine(firstLineNumber + n - 1,
                    "the file does not end with a newline after its last activity line (truncated append?)"));
        }
        return new Result(entries, diagnostics);
    }
}
