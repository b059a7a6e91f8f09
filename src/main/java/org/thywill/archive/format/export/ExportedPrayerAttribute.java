package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.escaped;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code prayers/prayer_attributes.txt}:
 * {@code id|TS created_at|prayer_id|attribute_name|attribute_value|created_by}.
 * The value is written with None as {@code ""} and {@code |} as {@code \|}; created_by None as {@code None}.
 * Cannot carry: an empty value (reads back as {@code null}), a creator literally named {@code None},
 * a value ending in {@code \} that also holds {@code |}, newlines.
 *
 * @param attributeValue {@code null} for None
 * @param createdBy      {@code null} for None
 */
public record ExportedPrayerAttribute(String id, LocalDateTime createdAt, String prayerId, String attributeName,
                                      String attributeValue, String createdBy) {

    private static final RowLayout LAYOUT = RowLayout.of(plain("id"), plain("created_at"), plain("prayer_id"),
            plain("attribute_name"), escaped("attribute_value"), plain("created_by"));

    public static final RowCodec<ExportedPrayerAttribute> CODEC = RowCodec.of(ExportedPrayerAttribute::parse,
            ExportedPrayerAttribute::render);

    public ExportedPrayerAttribute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(prayerId, "prayerId");
        Objects.requireNonNull(attributeName, "attributeName");
    }

    private static ExportedPrayerAttribute parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedPrayerAttribute(c.get(0), Fields.ts("created_at", c.get(1)), c.get(2), c.get(3),
                Fields.nullIf(c.get(4), ""), Fields.nullIf(c.get(5), "None"));
    }

    private static String render(ExportedPrayerAttribute a) {
        return PipeFile.row(a.id, Fields.ts(a.createdAt), a.prayerId, a.attributeName,
                Escapes.escapeBar(Fields.orLiteral(a.attributeValue, "")), Fields.orLiteral(a.createdBy, "None"));
    }
}
