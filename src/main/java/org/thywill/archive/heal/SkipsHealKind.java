package org.thywill.archive.heal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.monthly.MonthlyFile;
import org.thywill.archive.format.monthly.MonthlyLine;
import org.thywill.archive.format.monthly.PrayerSkip;
import org.thywill.archive.format.monthly.PrayerSkipsFileReader;
import org.thywill.archive.format.monthly.PrayerSkipsFileWriter;
import org.thywill.archive.store.repo.PrayerSkipRow;

/**
 * {@code prayers/skips/YYYY_MM_skips.txt} (reference §2.4; the original has the writer but no live caller): one row
 * {@code <TS>|<prayer_id>|<user>} per {@code prayerskip} row, in the file of its {@code created_at} month. Keyed as
 * the importer keys skips: one per (user, prayer), whatever the minute (the live app keeps one skip per user and
 * prayer; the importer inserts a pair's earliest row when the database has none).
 */
final class SkipsHealKind implements MonthlyRowsHealer.Kind<MonthlyFile<PrayerSkip>, PrayerSkip> {

    static final String KIND = "skips";
    private static final Pattern FILE = Pattern.compile("\\d{4}_\\d{2}_skips\\.txt");

    private final PrayerSkipsFileReader reader = new PrayerSkipsFileReader();
    private final PrayerSkipsFileWriter writer = new PrayerSkipsFileWriter();

    static PrayerSkip record(PrayerSkipRow s) {
        return new PrayerSkip(s.createdAt(), s.prayerId(), s.userId());
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String dir() {
        return "prayers/skips";
    }

    @Override
    public Pattern fileName() {
        return FILE;
    }

    @Override
    public String fileOf(YearMonth month) {
        return String.format("prayers/skips/%04d_%02d_skips.txt", month.getYear(), month.getMonthValue());
    }

    @Override
    public ArchiveReader<MonthlyFile<PrayerSkip>> reader() {
        return reader;
    }

    @Override
    public List<PrayerSkip> records(MonthlyFile<PrayerSkip> file) {
        return file.records();
    }

    @Override
    public LocalDateTime at(PrayerSkip record) {
        return record.at();
    }

    @Override
    public Object key(PrayerSkip record) {
        return List.of(record.user(), record.prayerId());
    }

    @Override
    public String create(YearMonth month, List<PrayerSkip> records) {
        return writer.write(PrayerSkipsFileWriter.file(month, records));
    }

    @Override
    public Optional<String> appendText(MonthlyFile<PrayerSkip> file, List<PrayerSkip> missing) {
        if (!file.endsWithNewline()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        missing.forEach(s -> text.append(PrayerSkipsFileWriter.appendText(s)));
        return Optional.of(text.toString());
    }

    @Override
    public String rewrite(MonthlyFile<PrayerSkip> file, List<PrayerSkip> missing) {
        List<MonthlyLine<PrayerSkip>> lines = MonthlyRowsHealer.merge(file.lines(),
                l -> l instanceof MonthlyLine.Row<PrayerSkip> r ? r.record().at() : null, missing, PrayerSkip::at,
                PrayerSkipsFileWriter::row);
        return writer.write(new MonthlyFile<>(file.title(), file.format(), file.blankLines(), lines, true));
    }
}
