package org.thywill.archive.heal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.format.export.PipeTables;
import org.thywill.archive.format.export.Row;
import org.thywill.archive.format.sessions.SessionRecord;
import org.thywill.archive.format.sessions.SessionsFileReader;
import org.thywill.archive.format.sessions.SessionsFileWriter;
import org.thywill.archive.format.sessions.SessionsFormat;
import org.thywill.archive.store.repo.SessionRow;

/**
 * {@code sessions/YYYY_MM_sessions.txt} (reference §2.8): one line per {@code session} row, in the file of its
 * {@code created_at} month, as the live app appends it when the session is created:
 * {@code TS created|session id|username|TS expires|device|ip|yes/no} (None as empty, {@code |} in the device as
 * {@code _}). Exactly what the original writes there, nothing more: the session id is in it (the original's
 * importer needs it), {@code auth_request_id} is not. A new file starts with the live header, its
 * {@code (exported …)} time being its first session's creation minute (the live writer creates the file on that
 * session's creation), and is made readable by its owner only (it holds bearer secrets). Keyed by session id, as
 * the importer is. A file in the export-all layout (no final newline: an append would glue two records, B29) is
 * rewritten in its own layout instead of appended to.
 */
final class SessionsHealKind implements MonthlyRowsHealer.Kind<PipeTable<SessionRecord>, SessionRecord> {

    static final String KIND = "sessions";
    private static final Pattern FILE = Pattern.compile("\\d{4}_\\d{2}_sessions\\.txt");

    private final SessionsFileReader reader = new SessionsFileReader();
    private final SessionsFileWriter writer = new SessionsFileWriter();

    static SessionRecord record(SessionRow s) {
        return new SessionRecord(s.createdAt(), s.id(), s.username(), s.expiresAt(), s.deviceInfo(), s.ipAddress(),
                s.isFullyAuthenticated());
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String dir() {
        return "sessions";
    }

    @Override
    public Pattern fileName() {
        return FILE;
    }

    @Override
    public String fileOf(YearMonth month) {
        return String.format("sessions/%04d_%02d_sessions.txt", month.getYear(), month.getMonthValue());
    }

    @Override
    public ArchiveReader<PipeTable<SessionRecord>> reader() {
        return reader;
    }

    @Override
    public List<SessionRecord> records(PipeTable<SessionRecord> file) {
        return file.records();
    }

    @Override
    public LocalDateTime at(SessionRecord record) {
        return record.createdAt();
    }

    @Override
    public Object key(SessionRecord record) {
        return record.sessionId();
    }

    @Override
    public String create(YearMonth month, List<SessionRecord> records) {
        LocalDateTime opened = ArchiveTime.toMinute(records.get(0).createdAt());
        return writer.write(SessionsFormat.live(month, opened, records));
    }

    @Override
    public Optional<String> appendText(PipeTable<SessionRecord> file, List<SessionRecord> missing) {
        if (SessionsFormat.isExportLayout(file) || !file.endsWithNewline()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        missing.forEach(s -> text.append(SessionsFormat.LIVE_ROW.render(s)).append('\n'));
        return Optional.of(text.toString());
    }

    @Override
    public String rewrite(PipeTable<SessionRecord> file, List<SessionRecord> missing) {
        List<Row<SessionRecord>> rows = MonthlyRowsHealer.merge(file.rows(),
                r -> r instanceof Row.Data<SessionRecord> d ? d.value().createdAt() : null, missing,
                SessionRecord::createdAt, Row::of);
        PipeTable<SessionRecord> merged = new PipeTable<>(file.title(), file.format(), file.blankLines(),
                new ArrayList<>(rows), file.endsWithNewline() || !SessionsFormat.isExportLayout(file));
        return PipeTables.write(merged, SessionsFormat.rowsOf(merged));
    }

    @Override
    public boolean ownerOnly() {
        return true;
    }
}
