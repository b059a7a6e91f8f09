package org.thywill.archive.format.sessions;

import static org.thywill.archive.format.export.Column.free;
import static org.thywill.archive.format.export.Column.plain;

import java.time.LocalDateTime;
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
 * The two layouts of {@code sessions/YYYY_MM_sessions.txt} (reference §2.8), which share the header
 * {@code Sessions for <MONYEAR> (exported <TS>)} and the Format line:
 * <ul>
 *   <li><b>live</b> (one line appended per session creation): one blank line, a newline after every row;
 *       row {@code TS created|sid|username|TS expires|device|ip|yes/no} with None as {@code ""} and every
 *       {@code |} in the device replaced by {@code _};</li>
 *   <li><b>export-all</b> (the whole file overwritten): two blank lines, no newline after the last row;
 *       None as {@code unknown}, the device written raw (so it takes any extra {@code |}).</li>
 * </ul>
 * The layout is told by the number of blank lines. In an export file, {@code ""} also reads as None: it
 * comes from live rows appended after the export (reference §7 B29).
 */
public final class SessionsFormat {

    public static final String TITLE_PREFIX = "Sessions for";
    public static final String FORMAT =
            "created_at|session_id|username|expires_at|device_info|ip_address|is_fully_authenticated";
    public static final TableHeader HEADER = TableHeader.exportedMonthly(TITLE_PREFIX, FORMAT);

    private static final String UNKNOWN = "unknown";

    private static final RowLayout LIVE_LAYOUT = RowLayout.of(plain("created_at"), plain("session_id"),
            plain("username"), plain("expires_at"), plain("device_info"), plain("ip_address"),
            plain("is_fully_authenticated"));
    private static final RowLayout EXPORT_LAYOUT = RowLayout.of(plain("created_at"), plain("session_id"),
            plain("username"), plain("expires_at"), free("device_info"), plain("ip_address"),
            plain("is_fully_authenticated"));

    /** Rows as the live writer appends them. */
    public static final RowCodec<SessionRecord> LIVE_ROW = RowCodec.of(
            row -> parse(LIVE_LAYOUT.split(row), false),
            s -> PipeFile.row(Fields.ts(s.createdAt()), s.sessionId(), s.username(), Fields.ts(s.expiresAt()),
                    s.deviceInfo() == null ? "" : s.deviceInfo().replace('|', '_'),
                    Fields.orLiteral(s.ipAddress(), ""), Fields.yesNo(s.fullyAuthenticated())));

    /** Rows as export-all writes them. */
    public static final RowCodec<SessionRecord> EXPORT_ROW = RowCodec.of(
            row -> parse(EXPORT_LAYOUT.split(row), true),
            s -> PipeFile.row(Fields.ts(s.createdAt()), s.sessionId(), s.username(), Fields.ts(s.expiresAt()),
                    Fields.orLiteral(s.deviceInfo(), UNKNOWN), Fields.orLiteral(s.ipAddress(), UNKNOWN),
                    Fields.yesNo(s.fullyAuthenticated())));

    private SessionsFormat() {
    }

    /** A new file as the live writer starts it at {@code headerTime}, with {@code sessions} appended. */
    public static PipeTable<SessionRecord> live(YearMonth month, LocalDateTime headerTime, List<SessionRecord> sessions) {
        return new PipeTable<>(title(month, headerTime), FORMAT, 1, PipeTable.dataRows(sessions), true);
    }

    /** The file export-all writes at {@code exportedAt} for the sessions created in {@code month}. */
    public static PipeTable<SessionRecord> export(YearMonth month, LocalDateTime exportedAt,
                                                  List<SessionRecord> sessions) {
        return new PipeTable<>(title(month, exportedAt), FORMAT, 2, PipeTable.dataRows(sessions), false);
    }

    public static boolean isExportLayout(PipeTable<SessionRecord> file) {
        return file.blankLines() >= 2;
    }

    /** The row format of {@code file}'s layout. */
    public static RowCodec<SessionRecord> rowsOf(PipeTable<SessionRecord> file) {
        return isExportLayout(file) ? EXPORT_ROW : LIVE_ROW;
    }

    public static Optional<YearMonth> month(PipeTable<SessionRecord> file) {
        return TableHeader.month(file.title(), TITLE_PREFIX);
    }

    /** The {@code (exported <TS>)} time: file creation for a live file, the export for an export file. */
    public static Optional<LocalDateTime> headerTime(PipeTable<SessionRecord> file) {
        return TableHeader.exportedAt(file.title());
    }

    private static String title(YearMonth month, LocalDateTime at) {
        return TableHeader.exportedTitle(TableHeader.monthlyTitle(TITLE_PREFIX, month), at);
    }

    private static SessionRecord parse(List<String> c, boolean export) {
        return new SessionRecord(Fields.ts("created_at", c.get(0)), c.get(1), c.get(2), Fields.ts("expires_at", c.get(3)),
                none(c.get(4), export), none(c.get(5), export),
                Fields.yesNo("is_fully_authenticated", c.get(6)));
    }

    private static String none(String text, boolean export) {
        return text.isEmpty() || export && text.equals(UNKNOWN) ? null : text;
    }
}
