package org.thywill.archive.format.invites;

import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.PipeFile;
import org.thywill.archive.format.export.BadRowException;
import org.thywill.archive.format.export.Fields;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.Row;
import org.thywill.archive.format.export.RowCodec;
import org.thywill.archive.format.export.RowLayout;
import org.thywill.archive.format.export.TableHeader;

/**
 * {@code system/invite_tokens.txt} (reference §2.10; the writer has no production caller), rewritten whole:
 * <pre>
 * Active Invite Tokens - Updated &lt;TS_C&gt;
 * Format: token|created_by_user|expires_at|used|used_by_user_id|created_at
 *
 * ACTIVE TOKENS:
 * &lt;rows of unused tokens not yet expired&gt;
 *
 * RECENTLY EXPIRED TOKENS:
 * &lt;rows of the last 10 expired tokens&gt;
 *
 * Active tokens: N        (unused tokens, expired or not: not the number of rows above)
 * Total tokens: M
 * </pre>
 * with no newline at the end. The counts are kept as written: they cannot be derived from the rows.
 */
public final class InviteTokensSnapshotFormat {

    public static final String TITLE_PREFIX = "Active Invite Tokens";
    public static final String FORMAT = "token|created_by_user|expires_at|used|used_by_user_id|created_at";
    public static final TableHeader HEADER = TableHeader.updated(TITLE_PREFIX, FORMAT);

    static final String ACTIVE_COUNT = "Active tokens: ";
    static final String TOTAL_COUNT = "Total tokens: ";

    private static final RowLayout TOKEN_LAYOUT = RowLayout.of(plain("token"), plain("created_by_user"),
            plain("expires_at"), plain("used"), plain("used_by_user_id"), plain("created_at"));

    public static final RowCodec<SnapshotLine> LINE = RowCodec.of(InviteTokensSnapshotFormat::parse,
            InviteTokensSnapshotFormat::render);

    private InviteTokensSnapshotFormat() {
    }

    /** The file as the original writes it at {@code updatedAt}. */
    public static PipeTable<SnapshotLine> snapshot(LocalDateTime updatedAt, List<SnapshotToken> active,
                                                   List<SnapshotToken> recentlyExpired, int activeCount,
                                                   int totalCount) {
        List<SnapshotLine> lines = new ArrayList<>();
        lines.add(new SnapshotLine.SectionTitle(SnapshotLine.Section.ACTIVE));
        active.forEach(t -> lines.add(new SnapshotLine.Token(t)));
        lines.add(new SnapshotLine.Blank());
        lines.add(new SnapshotLine.SectionTitle(SnapshotLine.Section.RECENTLY_EXPIRED));
        recentlyExpired.forEach(t -> lines.add(new SnapshotLine.Token(t)));
        lines.add(new SnapshotLine.Blank());
        lines.add(new SnapshotLine.ActiveCount(activeCount));
        lines.add(new SnapshotLine.TotalCount(totalCount));
        return new PipeTable<>(TableHeader.updatedTitle(TITLE_PREFIX, updatedAt), FORMAT, 1,
                PipeTable.dataRows(lines), false);
    }

    public static Optional<LocalDateTime> updatedAt(PipeTable<SnapshotLine> file) {
        return TableHeader.updatedAt(file.title(), TITLE_PREFIX);
    }

    /** The token rows under {@code ACTIVE TOKENS:}. */
    public static List<SnapshotToken> active(PipeTable<SnapshotLine> file) {
        return tokens(file, SnapshotLine.Section.ACTIVE);
    }

    /** The token rows under {@code RECENTLY EXPIRED TOKENS:}. */
    public static List<SnapshotToken> recentlyExpired(PipeTable<SnapshotLine> file) {
        return tokens(file, SnapshotLine.Section.RECENTLY_EXPIRED);
    }

    public static Optional<Integer> activeCount(PipeTable<SnapshotLine> file) {
        return file.records().stream().filter(l -> l instanceof SnapshotLine.ActiveCount)
                .map(l -> ((SnapshotLine.ActiveCount) l).count()).findFirst();
    }

    public static Optional<Integer> totalCount(PipeTable<SnapshotLine> file) {
        return file.records().stream().filter(l -> l instanceof SnapshotLine.TotalCount)
                .map(l -> ((SnapshotLine.TotalCount) l).count()).findFirst();
    }

    private static List<SnapshotToken> tokens(PipeTable<SnapshotLine> file, SnapshotLine.Section section) {
        List<SnapshotToken> out = new ArrayList<>();
        SnapshotLine.Section current = null;
        for (Row<SnapshotLine> row : file.rows()) {
            if (row instanceof Row.Data<SnapshotLine> data) {
                if (data.value() instanceof SnapshotLine.SectionTitle t) {
                    current = t.section();
                } else if (data.value() instanceof SnapshotLine.Token t && current == section) {
                    out.add(t.token());
                }
            }
        }
        return out;
    }

    private static SnapshotLine parse(String line) {
        if (line.isEmpty()) {
            return new SnapshotLine.Blank();
        }
        if (line.indexOf('|') >= 0) {
            List<String> c = TOKEN_LAYOUT.split(line);
            return new SnapshotLine.Token(new SnapshotToken(c.get(0), c.get(1),
                    Fields.isoOrEmpty("expires_at", c.get(2)), Fields.pythonBool("used", c.get(3)),
                    Fields.nullIf(c.get(4), "None"), Fields.isoOrEmpty("created_at", c.get(5))));
        }
        for (SnapshotLine.Section s : SnapshotLine.Section.values()) {
            if (line.equals(s.title())) {
                return new SnapshotLine.SectionTitle(s);
            }
        }
        if (line.startsWith(ACTIVE_COUNT)) {
            return new SnapshotLine.ActiveCount(Fields.integer("active tokens", line.substring(ACTIVE_COUNT.length())));
        }
        if (line.startsWith(TOTAL_COUNT)) {
            return new SnapshotLine.TotalCount(Fields.integer("total tokens", line.substring(TOTAL_COUNT.length())));
        }
        throw new BadRowException("not a token row, section title or count: '" + line + "'");
    }

    private static String render(SnapshotLine line) {
        if (line instanceof SnapshotLine.Blank) {
            return "";
        }
        if (line instanceof SnapshotLine.SectionTitle s) {
            return s.section().title();
        }
        if (line instanceof SnapshotLine.ActiveCount a) {
            return ACTIVE_COUNT + a.count();
        }
        if (line instanceof SnapshotLine.TotalCount t) {
            return TOTAL_COUNT + t.count();
        }
        SnapshotToken t = ((SnapshotLine.Token) line).token();
        return PipeFile.row(t.token(), t.createdByUser(), Fields.isoOrEmpty(t.expiresAt()), Fields.pythonBool(t.used()),
                Fields.orLiteral(t.usedByUserId(), "None"), Fields.isoOrEmpty(t.createdAt()));
    }
}
