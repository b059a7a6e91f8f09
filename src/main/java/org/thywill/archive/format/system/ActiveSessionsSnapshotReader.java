package org.thywill.archive.format.system;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Diagnostic;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.ExactTime;
import org.thywill.archive.format.auth.FileEntry;
import org.thywill.archive.format.auth.PythonText;
import org.thywill.archive.format.auth.UnreadableLineException;

/**
 * Reads {@code system/current_state/active_sessions.txt} (reference §2.10).
 *
 * <p>The original builds the file as a list of lines joined with {@code \n}: four header lines (the last
 * blank) and eight lines per session (the last blank), so the file ends with exactly one newline. The
 * reader splits it the same way and takes header and blocks by that structure; the {@code #} header is
 * never a session (B28). A broken block or a stray line is kept verbatim; one diagnostic is reported for
 * each run of lines not understood, up to the next {@code Session <id>:} line.
 *
 * <p>The user line is {@code <display name> (ID: <username>)} and both may contain parentheses: when
 * {@code " (ID: "} occurs more than once, the split that makes display name and username equal is taken
 * (the live app's usernames are display names), otherwise the last one.
 */
public final class ActiveSessionsSnapshotReader implements ArchiveReader<ActiveSessionsSnapshot> {

    static final String TITLE = "# Active Sessions Snapshot";
    static final String GENERATED = "# Generated: ";
    static final String TOTAL = "# Total active sessions: ";
    static final String SESSION = "Session ";
    static final String USER = "  User: ";
    static final String ID = " (ID: ";
    static final String UNKNOWN_USER = "Unknown User";
    static final String CREATED = "  Created: ";
    static final String EXPIRES = "  Expires: ";
    static final String IP = "  IP: ";
    static final String DEVICE = "  Device: ";
    static final String UNKNOWN_DEVICE = "Unknown";
    static final String FULLY = "  Fully authenticated: ";
    static final int BLOCK_LINES = 8;

    private static final Pattern TOTAL_LINE = Pattern.compile(Pattern.quote(TOTAL) + "(0|[1-9][0-9]{0,8})");

    @Override
    public Parsed<ActiveSessionsSnapshot> read(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<FileEntry<ActiveSession>> entries = new ArrayList<>();

        OffsetDateTime generated = null;
        int total = 0;
        int i = 0;
        try {
            generated = header(lines);
            total = Integer.parseInt(lines.get(2).substring(TOTAL.length()));
            i = 4;
        } catch (BlockProblem p) {
            diagnostics.add(Diagnostic.atLine(p.offset + 1, p.getMessage()));
        }

        boolean recovering = generated == null;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isSessionLine(line)) {
                try {
                    entries.add(FileEntry.understood(block(lines, i)));
                    i += BLOCK_LINES;
                    recovering = false;
                    continue;
                } catch (BlockProblem p) {
                    diagnostics.add(Diagnostic.atLine(Math.min(i + p.offset, lines.size() - 1) + 1, p.getMessage()));
                    int broken = Math.max(p.offset, 1);
                    for (int k = 0; k < broken && i < lines.size(); k++, i++) {
                        entries.add(FileEntry.unrecognised(lines.get(i)));
                    }
                    recovering = true;
                    continue;
                }
            }
            if (!recovering) {
                diagnostics.add(Diagnostic.atLine(i + 1, "unexpected line outside a session block (expected '"
                        + SESSION + "<id>:'), found '" + line + "'"));
                recovering = true;
            }
            entries.add(FileEntry.unrecognised(line));
            i++;
        }

        if (generated != null) {
            long sessions = entries.stream().filter(e -> e instanceof FileEntry.Understood).count();
            if (sessions != total) {
                diagnostics.add(Diagnostic.atLine(3, "the header says " + total + " active sessions but "
                        + sessions + " session blocks follow"));
            }
        } else {
            total = 0;
        }
        return new Parsed<>(new ActiveSessionsSnapshot(generated, total, entries), diagnostics);
    }

    private static OffsetDateTime header(List<String> lines) throws BlockProblem {
        expectPresent(lines, 0, 0);
        if (!lines.get(0).equals(TITLE)) {
            throw new BlockProblem(0, "expected the line '" + TITLE + "', found '" + lines.get(0) + "'");
        }
        OffsetDateTime generated = ExactTime.isoOffset(valueAfter(lines, 0, 1, GENERATED, "<ISO +00:00>"))
                .orElseThrow(() -> new BlockProblem(1, "unparsable time in '" + lines.get(1)
                        + "' (expected an ISO timestamp with offset like 2025-01-25T03:17:27.207585+00:00)"));
        expectPresent(lines, 0, 2);
        if (!TOTAL_LINE.matcher(lines.get(2)).matches()) {
            throw new BlockProblem(2, "expected '" + TOTAL + "<N>', found '" + lines.get(2) + "'");
        }
        expectBlank(lines, 0, 3, "after the header");
        return generated;
    }

    private static boolean isSessionLine(String line) {
        return line.startsWith(SESSION) && line.endsWith(":") && line.length() > SESSION.length() + 1;
    }

    /** The session block starting at {@code start}, or the problem at its offset within the block. */
    private static ActiveSession block(List<String> lines, int start) throws BlockProblem {
        String head = lines.get(start);
        String sessionId = head.substring(SESSION.length(), head.length() - 1);

        String user = valueAfter(lines, start, 1, USER, "<name> (ID: <username>)");
        String[] names = splitUser(user);
        if (names == null) {
            throw new BlockProblem(1, "expected '" + USER + "<name> (ID: <username>)', found '"
                    + lines.get(start + 1) + "'");
        }
        LocalDateTime created = dateTime(lines, start, 2, CREATED);
        LocalDateTime expires = dateTime(lines, start, 3, EXPIRES);
        String ip = PythonText.noneToNull(valueAfter(lines, start, 4, IP, "<ip or None>"));
        String device = valueAfter(lines, start, 5, DEVICE, "<device or Unknown>");
        if (device.isEmpty()) {
            throw new BlockProblem(5, "empty device (the original writes '" + UNKNOWN_DEVICE + "' for none)");
        }
        boolean fully;
        try {
            fully = PythonText.parseBool(valueAfter(lines, start, 6, FULLY, "True|False"));
        } catch (UnreadableLineException e) {
            throw new BlockProblem(6, "in '" + lines.get(start + 6) + "': " + e.getMessage());
        }
        expectBlank(lines, start, 7, "after the session block");
        return new ActiveSession(sessionId, UNKNOWN_USER.equals(names[0]) ? null : names[0], names[1], created,
                expires, ip, UNKNOWN_DEVICE.equals(device) ? null : device, fully);
    }

    /** {@code [display name, username]} of a user line's value, or null when it has no {@code (ID: …)} suffix. */
    static String[] splitUser(String value) {
        if (!value.endsWith(")")) {
            return null;
        }
        String[] chosen = null;
        for (int j = value.indexOf(ID); j >= 0; j = value.indexOf(ID, j + 1)) {
            int from = j + ID.length();
            if (from > value.length() - 1) {
                break;
            }
            String[] candidate = {value.substring(0, j), value.substring(from, value.length() - 1)};
            if (candidate[0].equals(candidate[1])) {
                return candidate;
            }
            chosen = candidate;
        }
        return chosen;
    }

    private static LocalDateTime dateTime(List<String> lines, int start, int offset, String prefix)
            throws BlockProblem {
        String value = valueAfter(lines, start, offset, prefix, "<YYYY-MM-DD HH:MM:SS.ffffff>");
        return ExactTime.str(value).orElseThrow(() -> new BlockProblem(offset, "unparsable time in '"
                + lines.get(start + offset) + "' (expected Python str(datetime) like 2025-01-16 16:39:31.894854)"));
    }

    private static String valueAfter(List<String> lines, int start, int offset, String prefix, String shape)
            throws BlockProblem {
        expectPresent(lines, start, offset);
        String line = lines.get(start + offset);
        if (!line.startsWith(prefix)) {
            throw new BlockProblem(offset, "expected '" + prefix + shape + "', found '" + line + "'");
        }
        return line.substring(prefix.length());
    }

    private static void expectBlank(List<String> lines, int start, int offset, String where) throws BlockProblem {
        expectPresent(lines, start, offset);
        if (!lines.get(start + offset).isEmpty()) {
            throw new BlockProblem(offset, "expected a blank line " + where + ", found '"
                    + lines.get(start + offset) + "'");
        }
    }

    private static void expectPresent(List<String> lines, int start, int offset) throws BlockProblem {
        if (start + offset >= lines.size()) {
            throw new BlockProblem(offset, "the file ends in the middle of a block (a truncated write?)");
        }
    }

    /** What is wrong, at which line offset from the start of the block (or header) being read. */
    private static final class BlockProblem extends Exception {
        final int offset;

        BlockProblem(int offset, String reason) {
            super(reason, null, false, false);
            this.offset = offset;
        }
    }
}
