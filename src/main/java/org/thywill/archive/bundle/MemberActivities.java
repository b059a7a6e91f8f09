package org.thywill.archive.bundle;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.thywill.archive.format.ArchiveTime;

/**
 * {@code activities/my_prayer_activities.txt} of a member bundle (reference operations §6.3): {@code Prayer
 * Activities for <name>}, 50 {@code =}, a blank line, then one block per day — the day ({@code Month DD YYYY}),
 * a {@code HH:MM - Prayed for prayer <id>} line per mark, a blank line — or {@code No prayer activities found.}.
 * Days and marks are in date order; the original sorted the day strings, so {@code April} came before
 * {@code February} and 2025 could come before 2024. Marks with the same time keep the database's order; a mark
 * without a time is left out, as the original does.
 */
public final class MemberActivities {

    private MemberActivities() {
    }

    public static void write(String displayName, List<MemberRecords.Mark> marks, Writer out) throws IOException {
        out.write("Prayer Activities for " + displayName + "\n");
        out.write("=".repeat(50) + "\n\n");
        List<MemberRecords.Mark> dated = new ArrayList<>();
        for (MemberRecords.Mark m : marks) {
            if (m.at() != null) {
                dated.add(m);
            }
        }
        if (dated.isEmpty()) {
            out.write("No prayer activities found.\n");
            return;
        }
        dated.sort(Comparator.comparing(MemberRecords.Mark::at)); // stable: ties keep the database's order
        LocalDate day = null;
        for (MemberRecords.Mark m : dated) {
            LocalDate d = m.at().toLocalDate();
            if (!Objects.equals(d, day)) {
                if (day != null) {
                    out.write("\n");
                }
                out.write(ArchiveTime.day(d) + "\n");
                day = d;
            }
            out.write(ArchiveTime.hm(m.at().toLocalTime()) + " - Prayed for prayer " + m.prayerId() + "\n");
        }
        out.write("\n");
    }
}
