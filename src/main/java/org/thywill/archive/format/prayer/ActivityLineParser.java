package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveTime;

/**
 * Parses one activity, {@code <TS> - <user> <phrase>}, given as its first line plus any continuation lines
 * joined by {@code \n}. The timestamp is everything before the first {@code " - "}. The user is everything
 * between that and the <b>leftmost</b> place where a whole known phrase follows a space, so names with
 * spaces, {@code " - "}, {@code " at "}, apostrophes and non-ASCII letters survive, while free text after
 * the phrase (a testimony, a quoted value, an extra) may contain anything, phrases included. The phrases:
 * <ul>
 *   <li>{@code added testimony: <text>} and our {@code added testimony (encoded): <escaped>};</li>
 *   <li>the fixed phrases of {@link StandardAction}, ending the activity;</li>
 *   <li>{@code removed <name> (was '<old>')};</li>
 *   <li>{@code set <name> to '<new>'} and {@code set <name> from '<old>' to '<new>'} (the old value ends at
 *       the first {@code "' to '"});</li>
 *   <li>{@code <action>[: <extra>]} with {@code action} a log action name {@code [a-z][a-z0-9_]*}.</li>
 * </ul>
 * Only a testimony and a quoted value may span lines. If the leftmost phrase opens a quoted value that
 * the text never closes, the text is not an activity (it may be completed by continuation lines).
 */
final class ActivityLineParser {

    static final String SEPARATOR = " - ";
    static final String TESTIMONY_PLAIN = "added testimony: ";
    static final String TESTIMONY_ENCODED = "added testimony (encoded): ";
    static final String UNCLOSED_VALUE = "a quoted value opened with ' is not closed on this or the following lines";

    private static final Pattern REMOVED = Pattern.compile("removed (\\S+) \\(was '(.*)'\\)", Pattern.DOTALL);
    private static final Pattern SET = Pattern.compile("set (\\S+) (?:to '(.*)'|from '(.*?)' to '(.*)')", Pattern.DOTALL);
    private static final Pattern OTHER = Pattern.compile("([a-z][a-z0-9_]*)(?:: ([^\\n]+))?");
    private static final Pattern OPENS_VALUE = Pattern.compile("set \\S+ (?:to|from) '|removed \\S+ \\(was '");

    /** An entry, or the reason the text is not one. */
    record Result(TimedEntry entry, String failure) {
        boolean ok() {
            return entry != null;
        }

        static Result of(TimedEntry e) {
            return new Result(e, null);
        }

        static Result fail(String reason) {
            return new Result(null, reason);
        }
    }

    private ActivityLineParser() {
    }

    static Result parse(String text) {
        int dash = text.indexOf(SEPARATOR);
        int newline = text.indexOf('\n');
        if (dash < 0 || (newline >= 0 && newline < dash)) {
            return Result.fail(text.isEmpty() ? "blank line in the activity section"
                    : "not an activity line: no ` - ` after a timestamp");
        }
        String ts = text.substring(0, dash);
        Optional<LocalDateTime> at = ts.equals(ts.strip()) ? ArchiveTime.parseTs(ts) : Optional.empty();
        if (at.isEmpty()) {
            return Result.fail("not an activity line: `" + ts + "` is not a `Month DD YYYY at HH:MM` timestamp");
        }
        return parseAction(at.get(), text.substring(dash + SEPARATOR.length()));
    }

    /**
     * Whether the line starts a new activity: it is a whole activity line, or it opens a quoted value
     * that continues on the next lines. Any other line continues the activity above it.
     */
    static boolean startsActivity(String line) {
        return line.indexOf('\n') < 0 && startsActivity(parse(line));
    }

    /** {@link #startsActivity(String)} given the line's {@link #parse} result. */
    static boolean startsActivity(Result lineParse) {
        return lineParse.ok() || UNCLOSED_VALUE.equals(lineParse.failure());
    }

    private static Result parseAction(LocalDateTime at, String rest) {
        int firstNewline = rest.indexOf('\n');
        int userEnd = firstNewline < 0 ? rest.length() : firstNewline;
        // a carriage return is a line break to the original (universal newlines): never inside a name
        int carriageReturn = rest.indexOf('\r');
        boolean userHasCarriageReturn = carriageReturn >= 0 && carriageReturn < userEnd;
        if (userHasCarriageReturn) {
            userEnd = carriageReturn;
        }
        for (int space = rest.indexOf(' ', 1); space > 0 && space < userEnd; space = rest.indexOf(' ', space + 1)) {
            String user = rest.substring(0, space);
            Result r = phraseAt(at, user, rest.substring(space + 1));
            if (r != null) {
                return r;
            }
        }
        if (userHasCarriageReturn) {
            return Result.fail("a carriage return (\\r) before the activity phrase: the user name would contain a"
                    + " line break");
        }
        int nl = rest.indexOf('\n');
        return Result.fail("unknown activity phrase in `" + (nl < 0 ? rest : rest.substring(0, nl) + "…") + "`");
    }

    /** The activity if a whole phrase starts at the beginning of {@code phrase}; {@code null} if none does. */
    private static Result phraseAt(LocalDateTime at, String user, String phrase) {
        if (phrase.startsWith(TESTIMONY_PLAIN)) {
            return Result.of(new TestimonyEntry(at, user, phrase.substring(TESTIMONY_PLAIN.length()), false));
        }
        if (phrase.startsWith(TESTIMONY_ENCODED)) {
            return TestimonyEscape.decode(phrase.substring(TESTIMONY_ENCODED.length()))
                    .map(t -> Result.of(new TestimonyEntry(at, user, t, true)))
                    .orElseGet(() -> Result.fail("encoded testimony with an invalid escape or a raw line break"
                            + " (only \\\\, \\n and \\r are defined)"));
        }
        for (StandardAction a : StandardAction.values()) {
            if (phrase.equals(a.phrase())) {
                return Result.of(new StandardEntry(at, user, a));
            }
        }
        if (phrase.startsWith("removed ")) {
            Matcher m = REMOVED.matcher(phrase);
            if (m.matches()) {
                return Result.of(new RemovedEntry(at, user, m.group(1), m.group(2)));
            }
        } else if (phrase.startsWith("set ")) {
            Matcher m = SET.matcher(phrase);
            if (m.matches()) {
                return Result.of(m.group(2) != null
                        ? new SetEntry(at, user, m.group(1), null, m.group(2))
                        : new SetEntry(at, user, m.group(1), m.group(3), m.group(4)));
            }
        }
        if (!phrase.isEmpty() && phrase.charAt(0) >= 'a' && phrase.charAt(0) <= 'z') {
            Matcher m = OTHER.matcher(phrase);
            if (m.matches()) {
                return Result.of(new OtherEntry(at, user, m.group(1), m.group(2)));
            }
            if (OPENS_VALUE.matcher(phrase).lookingAt()) {
                return Result.fail(UNCLOSED_VALUE);
            }
        }
        return null;
    }
}
