package org.thywill.archive.format.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.TextLines;
import org.thywill.archive.format.users.UserAttributesLine.Field;

/**
 * Reads {@code users/user_attributes.txt} (reference §2.5). A field line is {@code <key>: <value>}: the
 * key is everything before the first {@code :}, the value everything after the {@code ": "} that
 * follows it, verbatim. Reported and kept: unknown keys, booleans other than {@code true}/{@code false},
 * a {@code supporter_since} that is not a {@code YYYY-MM-DD} date (the original silently turned it into
 * NULL and wrote that to the database, B18), a key given twice in one block, fields before the first
 * {@code username}, and lines that are not fields at all.
 */
public final class UserAttributesFileReader implements ArchiveReader<UserAttributesFile> {

    @Override
    public Parsed<UserAttributesFile> read(String text) {
        TextLines t = TextLines.split(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<UserAttributesLine> lines = new ArrayList<>(t.size());
        if (t.size() == 0) {
            diagnostics.add(Diagnostic.ofFile("empty file: expected the title '" + UserAttributesLine.Title.TEXT + "'"));
        }
        Block block = null;
        for (int i = 0; i < t.size(); i++) {
            int number = i + 1;
            UserAttributesLine line = readLine(t.get(i), number, diagnostics);
            lines.add(line);
            if (line instanceof Field f) {
                if (f.key().equals(UserAttributes.USERNAME)) {
                    block = new Block(f.value());
                } else if (block == null) {
                    diagnostics.add(Diagnostic.atLine(number, "field '" + f.key()
                            + "' outside a user block (no 'username:' line above it)"));
                }
                if (block != null) {
                    block.check(f, number, diagnostics);
                }
                checkValue(f, number, diagnostics);
            }
        }
        if (t.size() > 0 && !t.endsWithNewline()) {
            diagnostics.add(Diagnostic.atLine(t.size(), "no newline at end of file: the last line may be truncated"));
        }
        return new Parsed<>(new UserAttributesFile(lines, t.endsWithNewline()), diagnostics);
    }

    private static UserAttributesLine readLine(String line, int number, List<Diagnostic> diagnostics) {
        if (line.indexOf('\r') >= 0) {
            diagnostics.add(Diagnostic.atLine(number, "carriage return in line (CRLF line endings?); line kept unread"));
            return new UserAttributesLine.Unrecognised(line);
        }
        if (line.isEmpty()) {
            return new UserAttributesLine.Blank();
        }
        if (line.equals(UserAttributesLine.Title.TEXT)) {
            if (number == 1) {
                return new UserAttributesLine.Title();
            }
            diagnostics.add(Diagnostic.atLine(number, "title line out of place (the title belongs on line 1)"));
            return new UserAttributesLine.Unrecognised(line);
        }
        if (number == 1) {
            diagnostics.add(Diagnostic.atLine(1, "missing title: expected '" + UserAttributesLine.Title.TEXT + "'"));
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            diagnostics.add(Diagnostic.atLine(number, "not a field line: expected '<key>: <value>'"));
            return new UserAttributesLine.Unrecognised(line);
        }
        String key = line.substring(0, colon);
        if (key.isEmpty() || !key.strip().equals(key) || !line.startsWith(": ", colon)) {
            diagnostics.add(Diagnostic.atLine(number, "malformed field line: expected '<key>: <value>'"));
            return new UserAttributesLine.Unrecognised(line);
        }
        return new Field(key, line.substring(colon + 2));
    }

    private static void checkValue(Field f, int number, List<Diagnostic> diagnostics) {
        switch (f.key()) {
            case UserAttributes.IS_SUPPORTER, UserAttributes.WELCOME_MESSAGE_DISMISSED -> {
                if (UserAttributes.parseBoolean(f.value()).isEmpty()) {
                    diagnostics.add(Diagnostic.atLine(number, f.key() + " is '" + f.value() + "', expected true or false"));
                }
            }
            case UserAttributes.SUPPORTER_SINCE -> {
                if (UserAttributes.parseDate(f.value()).isEmpty()) {
                    diagnostics.add(Diagnostic.atLine(number, "supporter_since '" + f.value()
                            + "' is not a YYYY-MM-DD date (kept as written; it does not mean 'no date')"));
                }
            }
            case UserAttributes.USERNAME, UserAttributes.SUPPORTER_TYPE -> {
            }
            default -> diagnostics.add(Diagnostic.atLine(number, "unknown key '" + f.key() + "' (kept, not understood)"));
        }
    }

    /** The keys seen so far in the current user's block, to report a key given twice. */
    private static final class Block {
        private final String username;
        private final Map<String, Integer> firstLine = new HashMap<>();

        Block(String username) {
            this.username = username;
        }

        void check(Field f, int number, List<Diagnostic> diagnostics) {
            Integer first = firstLine.putIfAbsent(f.key(), number);
            if (first != null) {
                diagnostics.add(Diagnostic.atLine(number, "key '" + f.key() + "' given twice in the block of '"
                        + username + "' (first on line " + first + ")"));
            }
        }
    }
}
