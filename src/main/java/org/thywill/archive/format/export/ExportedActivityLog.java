package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.escaped;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code prayers/prayer_activity_logs.txt}:
 * {@code id|TS created_at|prayer_id|user_id|action|old_value|new_value}, the values written with None as
 * {@code ""} and {@code |} as {@code \|}. Cannot carry: an empty value (reads back as {@code null}), a
 * value ending in {@code \} when the row also holds an escaped {@code |}, newlines.
 *
 * @param oldValue {@code null} for None
 * @param newValue {@code null} for None
 */
public record ExportedActivityLog(String id, LocalDateTime createdAt, String prayerId, String userId, String action,
                                  String oldValue, String newValue) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("created_at"), plain("prayer_id"),
            plain("user_id"), plain("action"), escaped("old_value"), escaped("new_value"));

    public static final RowCodec<ExportedActivityLog> CODEC = RowCodec.of(ExportedActivityLog::parse,
            ExportedActivityLog::render);

    public ExportedActivityLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(action, "action");
    }

    private static ExportedActivityLog parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedActivityLog(c.get(0), Fields.ts("created_at", c.get(1)), c.get(2), c.get(3), c.get(4),
                Fields.nullIf(c.get(5), ""), Fields.nullIf(c.get(6), ""));
    }

    private static String render(ExportedActivityLog l) {
        return PipeFile.row(l.id, Fields.ts(l.createdAt), l.prayerId, l.userId, l.action,
                Escapes.escapeBar(Fields.orLiteral(l.oldValue, "")), Escapes.escapeBar(Fields.orLiteral(l.newValue, "")));
    }
}
