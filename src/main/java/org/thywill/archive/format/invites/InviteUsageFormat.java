package org.thywill.archive.format.invites;

import static org.thywill.archive.format.export.Column.plain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.thywill.archive.format.PipeFile;
import org.thywill.archive.format.export.Fields;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.RowCodec;
import org.thywill.archive.format.export.RowLayout;
import org.thywill.archive.format.export.TableHeader;

/**
 * {@code system/YYYY_MM_invite_usage.txt} (reference §2.10), written live: header
 * {@code Invite Token Usage for <MONYEAR>} / {@code Format: timestamp|token|used_by_user|created_by_user|action}
 * / one blank line, then one line per claim (and per token created through POST /invites, with an empty
 * user), each ending in a newline.
 */
public final class InviteUsageFormat {

    public static final String TITLE_PREFIX = "Invite Token Usage for";
    public static final String FORMAT = "timestamp|token|used_by_user|created_by_user|action";
    public static final TableHeader HEADER = TableHeader.monthly(TITLE_PREFIX, FORMAT);

    private static final RowLayout LAYOUT = RowLayout.of(plain("timestamp"), plain("token"), plain("used_by_user"),
            plain("created_by_user"), plain("action"));

    public static final RowCodec<InviteUsage> ROW = RowCodec.of(
            row -> {
                List<String> c = LAYOUT.split(row);
                return new InviteUsage(Fields.iso("timestamp", c.get(0)), c.get(1), Fields.nullIf(c.get(2), ""),
                        c.get(3), c.get(4));
            },
            u -> PipeFile.row(Fields.iso(u.timestamp()), u.token(), Fields.orLiteral(u.usedBy(), ""), u.createdBy(),
                    u.action()));

    private InviteUsageFormat() {
    }

    /** The file of {@code month} holding {@code lines}, as the live writer leaves it. */
    public static PipeTable<InviteUsage> of(YearMonth month, List<InviteUsage> lines) {
        return new PipeTable<>(TableHeader.monthlyTitle(TITLE_PREFIX, month), FORMAT, 1, PipeTable.dataRows(lines),
                true);
    }

    public static Optional<YearMonth> month(PipeTable<InviteUsage> file) {
        return TableHeader.month(file.title(), TITLE_PREFIX);
    }
}
