package org.thywill.archive.bundle;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.format.users.RegistrationsLine;

/**
 * {@code personal/registration.txt} of a member bundle (reference operations §6.3): {@code User Registration
 * Information:}, a blank line, then the member's registration lines verbatim, joined by {@code \n} with no final
 * newline, as the original writes it. A line counts when its parsed name equals the display name exactly; the
 * original matched any line containing the name, so {@code Ann} also got {@code Mary Ann}'s lines (§9 item 22).
 * When no line matches, the original's fallback: {@code User: <name>}, {@code Registered: <created_at>},
 * {@code Details not found in archive}.
 */
public final class MemberRegistrations {

    static final String HEADER = "User Registration Information:\n\n";

    private MemberRegistrations() {
    }

    /** The file's text from the monthly registration files, in the order given (oldest month first). */
    public static String text(String displayName, LocalDateTime registeredAt, List<RegistrationsFile> months) {
        List<String> lines = new ArrayList<>();
        for (RegistrationsFile month : months) {
            for (RegistrationsLine line : month.lines()) {
                if (line instanceof RegistrationsLine.Entry e && e.registration().name().equals(displayName)) {
                    lines.add(e.text());
                }
            }
        }
        if (lines.isEmpty()) {
            return "User: " + displayName + "\nRegistered: "
                    + (registeredAt == null ? "None" : ArchiveTime.str(registeredAt))
                    + "\nDetails not found in archive";
        }
        return HEADER + String.join("\n", lines);
    }
}
