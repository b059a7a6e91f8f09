package org.thywill.archive.format.auth;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;

/**
 * Reads and writes one kind of {@link Snapshot}: its title prefix, its {@code Format:} line, its count
 * line prefix and its item codec. A frame that is not exactly title / Format / blank … blank / count
 * makes the whole file unrecognised (kept verbatim, one diagnostic); otherwise each item line the codec
 * cannot read is kept verbatim with a diagnostic, and a count that differs from the number of item lines
 * is reported on the count line.
 */
public final class SnapshotFormat<R> {

    private final String titlePrefix;
    private final String formatLine;
    private final String countPrefix;
    private final RowCodec<R> codec;
    private final Pattern countLine;

    /**
     * @param titlePrefix e.g. {@code Session Snapshot for }, followed in the file by a {@code TS_C} time
     * @param formatLine  the whole second line, e.g. {@code Format: key=value}
     * @param countPrefix e.g. {@code Total active sessions: }, followed in the file by the item count
     */
    public SnapshotFormat(String titlePrefix, String formatLine, String countPrefix, RowCodec<R> codec) {
        this.titlePrefix = titlePrefix;
        this.formatLine = formatLine;
        this.countPrefix = countPrefix;
        this.codec = codec;
        this.countLine = Pattern.compile(Pattern.quote(countPrefix) + "(0|[1-9][0-9]{0,8})");
    }

    public Parsed<Snapshot<R>> read(String text) {
        TextLines t = TextLines.split(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<FileEntry<R>> entries = new ArrayList<>();
        LocalDateTime takenAt = readTitle(t, diagnostics);
        Integer count = takenAt == null ? null : readCount(t, diagnostics);
        if (takenAt == null || count == null) {
            t.lines().forEach(l -> entries.add(FileEntry.unrecognised(l)));
            return new Parsed<>(new Snapshot<>(null, entries, 0, t.endsWithNewline()), diagnostics);
        }
        int last = t.size() - 2;
        for (int i = 3; i < last; i++) {
            String line = t.get(i);
            try {
                entries.add(FileEntry.understood(codec.parse(line)));
            } catch (UnreadableLineException e) {
                entries.add(FileEntry.unrecognised(line));
                diagnostics.add(Diagnostic.atLine(i + 1, e.getMessage()));
            }
        }
        if (count != entries.size()) {
            diagnostics.add(Diagnostic.atLine(t.size(), "the count line says " + count + " but "
                    + entries.size() + " item lines are listed"));
        }
        return new Parsed<>(new Snapshot<>(takenAt, entries, count, t.endsWithNewline()), diagnostics);
    }

    private LocalDateTime readTitle(TextLines t, List<Diagnostic> diagnostics) {
        if (t.size() == 0) {
            diagnostics.add(Diagnostic.ofFile("empty file: expected a '" + titlePrefix + "<Month DD, YYYY at HH:MM>' title"));
            return null;
        }
        String title = t.get(0);
        LocalDateTime at = title.startsWith(titlePrefix)
                ? ExactTime.tsComma(title.substring(titlePrefix.length())).orElse(null)
                : null;
        if (at == null) {
            diagnostics.add(Diagnostic.atLine(1, "expected the title '" + titlePrefix
                    + "<Month DD, YYYY at HH:MM>', found '" + title + "'"));
            return null;
        }
        if (t.size() < 2 || !t.get(1).equals(formatLine)) {
            diagnostics.add(Diagnostic.atLine(2, "expected the line '" + formatLine + "'"));
            return null;
        }
        if (t.size() < 3 || !t.get(2).isEmpty()) {
            diagnostics.add(Diagnostic.atLine(3, "expected a blank line after the Format line"));
            return null;
        }
        return at;
    }

    private Integer readCount(TextLines t, List<Diagnostic> diagnostics) {
        int n = t.size();
        Matcher m = n >= 5 ? countLine.matcher(t.get(n - 1)) : null;
        if (m == null || !m.matches()) {
            diagnostics.add(Diagnostic.atLine(n, "expected the file to end with a blank line and '"
                    + countPrefix + "<N>'"));
            return null;
        }
        if (!t.get(n - 2).isEmpty()) {
            diagnostics.add(Diagnostic.atLine(n - 1, "expected a blank line before '" + countPrefix + "<N>'"));
            return null;
        }
        return Integer.valueOf(m.group(1));
    }

    public String write(Snapshot<R> snapshot) {
        List<String> lines = new ArrayList<>(snapshot.entries().size() + 5);
        if (snapshot.takenAt() != null) {
            lines.add(titlePrefix + ArchiveTime.tsComma(snapshot.takenAt()));
            lines.add(formatLine);
            lines.add("");
        }
        for (FileEntry<R> e : snapshot.entries()) {
            lines.add(e.render(codec::write));
        }
        if (snapshot.takenAt() != null) {
            lines.add("");
            lines.add(countPrefix + snapshot.declaredCount());
        }
        return TextLines.join(lines, snapshot.endsWithNewline());
    }
}
