package org.thywill.archive.heal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.Row;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.invites.InviteUsageFileReader;
import org.thywill.archive.format.invites.InviteUsageFileWriter;
import org.thywill.archive.format.invites.InviteUsageFormat;
import org.thywill.archive.store.repo.InviteTokenRow;
import org.thywill.archive.store.repo.InviteTokenUsageRow;

/**
 * {@code system/YYYY_MM_invite_usage.txt} (reference §2.10), the lines the live app writes there:
 * <ul>
 *   <li>a claim line {@code ISO|token|user|creator|token_used} per {@code invite_token_usage} row, at its
 *       {@code claimed_at} (the live line is stamped a few hundred microseconds after the row: the same minute),
 *       keyed as the importer keys claims: (token, user, minute);</li>
 *   <li>a creation line {@code ISO|token||creator|token_used} per {@code new_user} token, the line POST /invites
 *       writes, at {@code expires_at} − 12 hours (the database keeps no creation time; every such token of both
 *       samples expires 12 hours after its creation line, and the importer reads a creation line back as a token
 *       expiring 12 hours later), keyed by token.</li>
 * </ul>
 * Admin ({@code system}) and device tokens get no creation line: the original writes none for them (reference
 * §2.10); one that was never claimed is therefore in no archive, which heal notes. New files are readable by their
 * owner only (tokens are bearer secrets).
 */
final class InviteUsageHealKind implements MonthlyRowsHealer.Kind<PipeTable<InviteUsage>, InviteUsage> {

    static final String KIND = "invite_usage";
    static final long CREATION_BEFORE_EXPIRY_HOURS = 12;
    private static final Pattern FILE = Pattern.compile("\\d{4}_\\d{2}_invite_usage\\.txt");

    private final InviteUsageFileReader reader = new InviteUsageFileReader();
    private final InviteUsageFileWriter writer = new InviteUsageFileWriter();

    /** The lines the rows stand for, and the notes on what the archive cannot hold. */
    record Lines(List<InviteUsage> lines, List<String> notes) {
    }

    static Lines of(List<InviteTokenRow> tokens, List<InviteTokenUsageRow> usage) {
        Map<String, InviteTokenRow> byToken = new HashMap<>();
        tokens.forEach(t -> byToken.put(t.token(), t));
        List<InviteUsage> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TreeSet<String> claimed = new TreeSet<>();
        int orphanClaims = 0;
        for (InviteTokenUsageRow u : usage) {
            InviteTokenRow t = byToken.get(u.inviteTokenId());
            if (t == null) {
                orphanClaims++;
                continue;
            }
            claimed.add(t.token());
            lines.add(new InviteUsage(u.claimedAt(), t.token(), u.userId(), t.createdByUser(), InviteUsage.TOKEN_USED));
        }
        int unarchivable = 0;
        for (InviteTokenRow t : tokens) {
            if ("new_user".equals(t.tokenType())) {
                lines.add(new InviteUsage(t.expiresAt().minusHours(CREATION_BEFORE_EXPIRY_HOURS), t.token(), null,
                        t.createdByUser(), InviteUsage.TOKEN_USED));
            } else if (!claimed.contains(t.token())) {
                unarchivable++;
            }
        }
        if (orphanClaims > 0) {
            notes.add(orphanClaims + " invite_token_usage rows name a token with no invitetoken row: no line (its"
                    + " creator is unknown)");
        }
        if (unarchivable > 0) {
            notes.add(unarchivable + " admin or device invite tokens were never claimed: the original writes no line"
                    + " for them, so no archive holds them");
        }
        return new Lines(lines, notes);
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String dir() {
        return "system";
    }

    @Override
    public Pattern fileName() {
        return FILE;
    }

    @Override
    public String fileOf(YearMonth month) {
        return String.format("system/%04d_%02d_invite_usage.txt", month.getYear(), month.getMonthValue());
    }

    @Override
    public ArchiveReader<PipeTable<InviteUsage>> reader() {
        return reader;
    }

    @Override
    public List<InviteUsage> records(PipeTable<InviteUsage> file) {
        return file.records();
    }

    @Override
    public LocalDateTime at(InviteUsage record) {
        return record.timestamp();
    }

    @Override
    public Object key(InviteUsage record) {
        return record.isCreation() ? List.of("created", record.token())
                : List.of("claimed", record.token(), record.usedBy(), ArchiveTime.toMinute(record.timestamp()));
    }

    @Override
    public String create(YearMonth month, List<InviteUsage> records) {
        return writer.write(InviteUsageFormat.of(month, records));
    }

    @Override
    public Optional<String> appendText(PipeTable<InviteUsage> file, List<InviteUsage> missing) {
        if (!file.endsWithNewline()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        missing.forEach(u -> text.append(InviteUsageFormat.ROW.render(u)).append('\n'));
        return Optional.of(text.toString());
    }

    @Override
    public String rewrite(PipeTable<InviteUsage> file, List<InviteUsage> missing) {
        List<Row<InviteUsage>> rows = MonthlyRowsHealer.merge(file.rows(),
                r -> r instanceof Row.Data<InviteUsage> d ? d.value().timestamp() : null, missing,
                InviteUsage::timestamp, Row::of);
        return PipeTables.write(new PipeTable<>(file.title(), file.format(), file.blankLines(), new ArrayList<>(rows),
                true), InviteUsageFormat.ROW);
    }

    @Override
    public boolean ownerOnly() {
        return true;
    }
}
