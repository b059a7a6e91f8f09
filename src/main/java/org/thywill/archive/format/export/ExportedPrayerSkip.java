package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code prayers/prayer_skips.txt}: {@code id|TS created_at|prayer_id|user_id}.
 * Cannot carry {@code |} or newlines in any column.
 */
public record ExportedPrayerSkip(String id, LocalDateTime createdAt, String prayerId, String userId) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("created_at"), plain("prayer_id"),
            plain("user_id"));

    public static final RowCodec<ExportedPrayerSkip> CODEC = RowCodec.of(ExportedPrayerSkip::parse,
            ExportedPrayerSkip::render);

    public ExportedPrayerSkip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(userId, "userId");
    }

    private static ExportedPrayerSkip parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedPrayerSkip(c.get(0), Fields.ts("created_at", c.get(1)), c.get(2), c.get(3));
    }

    private static String render(ExportedPrayerSkip s) {
        return PipeFile.row(s.id, Fields.ts(s.createdAt), s.prayerId, s.userId);
    }
}
