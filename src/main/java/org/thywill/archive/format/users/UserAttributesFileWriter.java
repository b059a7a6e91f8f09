package org.thywill.archive.format.users;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.TextLines;

/**
 * Writes {@code users/user_attributes.txt} byte for byte as the original's export does for the same
 * blocks (build them with {@link UserAttributesFile#of} and {@link UserAttributes#of}): title, blank
 * line, and each block followed by a blank line, so the file ends in {@code \n\n}.
 *
 * <p>The format cannot carry a line break inside a value ({@link UserAttributesLine.Field} refuses one),
 * and {@code supporter_since} keeps the date only (years 1000–9999 print as the original's {@code %Y}).
 */
public final class UserAttributesFileWriter implements ArchiveWriter<UserAttributesFile> {

    @Override
    public String write(UserAttributesFile file) {
        return TextLines.join(file.lines().stream().map(UserAttributesLine::text).toList(), file.endsWithNewline());
    }
}
