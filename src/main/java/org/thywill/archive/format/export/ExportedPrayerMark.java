package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code prayers/prayer_marks.txt}: {@code id|TS created_at|prayer_id|username}.
 * Cannot carry {@code |} or newlines in any column.
 */
public record ExportedPrayerMark(String id, LocalDateTime createdAt, String prayerId, String username) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("created_at"), plain("prayer_id"),
            plain("username"));

    public static final RowCodec<ExportedPrayerMark> CODEC = RowCodec.of(ExportedPrayerMark::parse,
            ExportedPrayerMark::render);

    public ExportedPrayerMark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(username, "username");
    }

    private static ExportedPrayerMark parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedPrayerMark(c.get(0), Fields.ts("created_at", c.get(1)), c.get(2), c.get(3));
    }

    private static String render(ExportedPrayerMark m) {
        return PipeFile.row(m.id, Fields.ts(m.createdAt), m.prayerId, m.username);
    }
}
