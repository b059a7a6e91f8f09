package org.thywill.archive.format.auth;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;

/**
 * Reads and writes one kind of {@link MonthlyLog}: its title word(s), its {@code Format:} columns and
 * its row codec. A header that is not exactly {@code <title> for <Month Year>} / {@code Format: <columns>}
 * / blank makes the whole file unrecognised (kept verbatim, one diagnostic); otherwise each line that
 * the codec cannot read is kept verbatim with a diagnostic.
 */
public final class MonthlyLogFormat<R> {

    private final String title;
    private final String format;
    private final RowCodec<R> codec;

    public MonthlyLogFormat(String title, String format, RowCodec<R> codec) {
        this.title = title;
        this.format = format;
        this.codec = codec;
    }

    public String titleFor(YearMonth month) {
        return title + " for " + ArchiveTime.monthYear(month);
    }

    public String formatLine() {
        return "Format: " + format;
    }

    public Parsed<MonthlyLog<R>> read(String text) {
        TextLines t = TextLines.split(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<FileEntry<R>> entries = new ArrayList<>();
        YearMonth month = readHeader(t, diagnostics);
        if (month == null) {
            t.lines().forEach(l -> entries.add(FileEntry.unrecognised(l)));
            return new Parsed<>(new MonthlyLog<>(null, entries, t.endsWithNewline()), diagnostics);
        }
        for (int i = 3; i < t.size(); i++) {
            String line = t.get(i);
            try {
                entries.add(FileEntry.understood(codec.parse(line)));
            } catch (UnreadableLineException e) {
                entries.add(FileEntry.unrecognised(line));
                diagnostics.add(Diagnostic.atLine(i + 1, e.getMessage()));
            }
        }
        return new Parsed<>(new MonthlyLog<>(month, entries, t.endsWithNewline()), diagnostics);
    }

    private YearMonth readHeader(TextLines t, List<Diagnostic> diagnostics) {
        if (t.size() == 0) {
            diagnostics.add(Diagnostic.ofFile("empty file: expected a '" + title + " for <Month Year>' header"));
            return null;
        }
        YearMonth month = monthOf(t.get(0));
        if (month == null) {
            diagnostics.add(Diagnostic.atLine(1, "expected the title '" + title + " for <Month Year>', found '"
                    + t.get(0) + "'"));
            return null;
        }
        if (t.size() < 2 || !t.get(1).equals(formatLine())) {
            diagnostics.add(Diagnostic.atLine(2, "expected the line '" + formatLine() + "'"
                    + (t.size() < 2 ? ", found the end of the file" : ", found '" + t.get(1) + "'")));
            return null;
        }
        if (t.size() < 3 || !t.get(2).isEmpty()) {
            diagnostics.add(Diagnostic.atLine(3, "expected a blank line after the Format line"
                    + (t.size() < 3 ? ", found the end of the file" : ", found '" + t.get(2) + "'")));
            return null;
        }
        return month;
    }

    private YearMonth monthOf(String titleLine) {
        String prefix = title + " for ";
        if (!titleLine.startsWith(prefix)) {
            return null;
        }
        String rest = titleLine.substring(prefix.length());
        return ArchiveTime.parseMonthYear(rest)
                .filter(m -> ArchiveTime.monthYear(m).equals(rest))
                .orElse(null);
    }

    public String write(MonthlyLog<R> log) {
        List<String> lines = new ArrayList<>(log.entries().size() + 3);
        if (log.month() != null) {
            lines.add(titleFor(log.month()));
            lines.add(formatLine());
            lines.add("");
        }
        for (FileEntry<R> e : log.entries()) {
            lines.add(e.render(codec::write));
        }
        return TextLines.join(lines, log.endsWithNewline());
    }
}
