package org.thywill.archive.format.export;

import static org.thywill.archive.format.export.Column.escaped;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.thywill.archive.format.PipeFile;

/**
 * A row of {@code system/changelog_entries.txt}: {@code TS created_at|commit_id|original_message|
 * friendly_description|change_type|TS commit_date}. Both messages are written with {@code |} as
 * {@code \|}; the friendly description also with each newline as the three characters {@code \\n}, while
 * the original message keeps its newlines raw, so such a row spans several lines
 * ({@link ChangelogRowsReader} reads it whole). None is written {@code ""} in the three text columns.
 * Cannot carry: an empty friendly description or change type (read back as {@code null}); a friendly
 * description holding the three characters {@code \\n} (reads back as a newline); a message ending in
 * {@code \} when the row also holds an escaped {@code |}.
 *
 * @param originalMessage     the commit message, newlines included
 * @param friendlyDescription {@code null} for None
 * @param changeType          {@code null} for None
 */
public record ExportedChangelogEntry(LocalDateTime createdAt, String commitId, String originalMessage,
                                     String friendlyDescription, String changeType, LocalDateTime commitDate) {

    /** Separators in a complete row: six columns. */
    static final int SEPARATORS = 5;

    private static final RowLayout LAYOUT = RowLayout.of(plain("created_at"), plain("commit_id"),
            escaped("original_message"), escaped("friendly_description"), plain("change_type"), plain("commit_date"));

    public static final RowCodec<ExportedChangelogEntry> CODEC = RowCodec.of(ExportedChangelogEntry::parse,
            ExportedChangelogEntry::render);

    public ExportedChangelogEntry {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(commitId, "commitId");
        Objects.requireNonNull(originalMessage, "originalMessage");
        Objects.requireNonNull(commitDate, "commitDate");
    }

    private static ExportedChangelogEntry parse(String row) {
        List<String> c = LAYOUT.split(row);
        return new ExportedChangelogEntry(Fields.ts("created_at", c.get(0)), c.get(1), c.get(2),
                Fields.nullIf(Escapes.unescapeNewlines(c.get(3)), ""), Fields.nullIf(c.get(4), ""),
                Fields.ts("commit_date", c.get(5)));
    }

    private static String render(ExportedChangelogEntry e) {
        return PipeFile.row(Fields.ts(e.createdAt), e.commitId, Escapes.escapeBar(e.originalMessage),
                Escapes.escapeNewlines(Escapes.escapeBar(Fields.orLiteral(e.friendlyDescription, ""))),
                Fields.orLiteral(e.changeType, ""), Fields.ts(e.commitDate));
    }
}
