package org.thywill.archive.format.users;

import java.time.YearMonth;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.TextLines;

/**
 * Writes {@code users/YYYY_MM_users.txt} as the original does: {@code User Registrations for <Month YYYY>},
 * a blank line, then {@code <TS> - <name> joined directly} or
 * {@code <TS> - <name> joined on invitation from <inviter>}, each ending in {@code \n}.
 *
 * <p>What the format cannot carry, and what {@link #entry} therefore refuses with an
 * {@link IllegalArgumentException} rather than write a line that reads back differently: a name or
 * inviter containing a line break, a name containing {@code " joined on invitation from "}, and
 * seconds (a line keeps the minute only; the entry holds the value truncated to the minute).
 */
public final class RegistrationsFileWriter implements ArchiveWriter<RegistrationsFile> {

    static final String HEADER_PREFIX = "User Registrations for ";
    static final String DIRECT = " joined directly";
    static final String INVITED = " joined on invitation from ";
    static final String SEPARATOR = " - ";

    @Override
    public String write(RegistrationsFile file) {
        return TextLines.join(file.lines().stream().map(RegistrationsLine::text).toList(), file.endsWithNewline());
    }

    /** The header line, without its newline. A new file starts with this line and a blank line. */
    public static String header(YearMonth month) {
        return HEADER_PREFIX + ArchiveTime.monthYear(month);
    }

    /** The line for {@code registration}, without its newline. */
    public static String line(Registration registration) {
        return entry(registration).text();
    }

    /** What the original appends to an existing file for {@code registration}: its line and {@code \n}. */
    public static String appendText(Registration registration) {
        return line(registration) + "\n";
    }

    static RegistrationsLine.Entry entry(Registration registration) {
        Registration atMinute = new Registration(ArchiveTime.toMinute(registration.at()), registration.name(),
                registration.inviter());
        requireOneLine("name", atMinute.name());
        if (atMinute.inviter() != null) {
            requireOneLine("inviter", atMinute.inviter());
        }
        String text = ArchiveTime.ts(atMinute.at()) + SEPARATOR + atMinute.name()
                + (atMinute.isDirect() ? DIRECT : INVITED + atMinute.inviter());
        Registration readBack = RegistrationsFileReader.parseEntry(text).registration();
        if (!atMinute.equals(readBack)) {
            throw new IllegalArgumentException("registration " + registration + " cannot be written losslessly: its line '"
                    + text + "' reads back as " + readBack);
        }
        return new RegistrationsLine.Entry(atMinute, text);
    }

    private static void requireOneLine(String field, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(field + " contains a line break, which a registration line cannot carry: "
                    + value);
        }
    }
}
