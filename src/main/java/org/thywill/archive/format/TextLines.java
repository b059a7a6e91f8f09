package org.thywill.archive.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text split on {@code \n} only, nothing stripped (a {@code \r} stays part of its line), and
 * whether the text ended with a newline. {@code join} gives the same text back.
 */
public record TextLines(List<String> lines, boolean endsWithNewline) {

    public TextLines {
        lines = List.copyOf(lines);
    }

    public static TextLines split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(text.substring(start));
                return new TextLines(lines, false);
            }
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        return new TextLines(lines, n > 0);
    }

    public String join() {
        return join(lines, endsWithNewline);
    }

    public static String join(List<String> lines, boolean endsWithNewline) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i));
        }
        if (endsWithNewline && !lines.isEmpty()) {
            sb.append('\n');
        }
        return sb.toString();
    }

    public int size() {
        return lines.size();
    }

    public String get(int index) {
        return lines.get(index);
    }
}
