package org.thywill.archive.bundle;

import java.time.LocalDateTime;

import org.thywill.archive.format.ArchiveTime;

/**
 * {@code README.txt} of a community bundle (reference operations §6.4): prose on the layout, the file formats and
 * the timestamps, ending in {@code Generated: <Month DD YYYY at HH:MM>} without a final newline, as the original's.
 */
public final class CommunityReadme {

    static final String BODY = """
            ThyWill Text Archive
            ====================

            Every prayer request, registration and piece of community activity of a ThyWill
            community, as plain text files that any text editor can open.

            Layout
            ------

            prayers/YYYY/MM/YYYY_MM_DD_prayer_at_HHMM.txt   one prayer: its request, the generated
                                                             prayer and everything that happened to it
            prayers/marks/, prayers/attributes/, prayers/skips/
                                                             monthly logs of prayers, answers and skips
            users/YYYY_MM_users.txt                          who joined in that month, and on whose invitation
            users/user_attributes.txt                        member attributes
            activity/activity_YYYY_MM.txt                    the community's activity, day by day
            foundational_prayers/                            the community's built-in prayers

            Sessions, sign-in records, invitations, roles and other system files are not part
            of this archive.

            Timestamps
            ----------

            Timestamps read "Month DD YYYY at HH:MM" on a 24-hour clock, for example
            "January 15 2024 at 14:30".

            The files are UTF-8 text. This archive can be imported into a ThyWill community.

            """;

    private CommunityReadme() {
    }

    public static String text(LocalDateTime generatedAt) {
        return BODY + "Generated: " + ArchiveTime.ts(generatedAt);
    }
}
