package org.thywill.archive.bundle;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** What the database holds about one member, as a member bundle needs it. */
public record MemberRecords(String displayName, LocalDateTime registeredAt, List<AuthoredPrayer> prayers,
                            List<Mark> marks) {

    public MemberRecords {
        Objects.requireNonNull(displayName, "displayName");
        prayers = List.copyOf(prayers);
        marks = List.copyOf(marks);
    }

    /** A prayer the member wrote, and the file the database says holds it ({@code null} when none). */
    public record AuthoredPrayer(String id, LocalDateTime createdAt, String textFilePath) {
    }

    /** The member prayed for {@code prayerId} at {@code at}. */
    public record Mark(String prayerId, LocalDateTime at) {
    }
}
