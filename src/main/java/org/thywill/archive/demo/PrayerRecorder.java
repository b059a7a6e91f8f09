package org.thywill.archive.demo;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.thywill.archive.demo.PrayerEvent.Answered;
import org.thywill.archive.demo.PrayerEvent.Archived;
import org.thywill.archive.demo.PrayerEvent.Prayed;
import org.thywill.archive.demo.PrayerEvent.Restored;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.activity.ActivityEntry;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.prayer.PrayerHeader;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.TestimonyEscape;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.PrayerRow;

/**
 * Records a prayer's history the way the original's archive-first service does for each live event
 * (reference §3 "Live event → archive lines + DB rows"): the prayer file with every activity line in the order
 * the server appended them, the monthly activity entries, and the rows, with the original's small offsets
 * between the rows of one event (its attribute and {@code set_*} rows come a few hundred microseconds after the
 * event and carry no file path).
 *
 * <p>Submissions must come in chronological order: a file name takes {@code _2}, {@code _3}… after the files
 * already created in the same minute.
 */
final class PrayerRecorder {

    private static final PrayerFileWriter WRITER = new PrayerFileWriter();

    /** A mark at archive precision: who, and which minute its line shows. */
    private record MarkMinute(String user, LocalDateTime minute) {
    }

    private final ArchiveTree tree;
    private final MonthlyActivity activity;
    private final PrayerRows rows;
    private final DemoIds ids;
    private final Tally tally;
    private final Set<String> pathsThisMinute = new HashSet<>();
    private LocalDateTime minute;

    PrayerRecorder(ArchiveTree tree, MonthlyActivity activity, PrayerRows rows, DemoIds ids, Tally tally) {
        this.tree = tree;
        this.activity = activity;
        this.rows = rows;
        this.ids = ids;
        this.tally = tally;
    }

    void record(PrayerHistory p) throws IOException, SQLException {
        String path = choosePath(p.createdAt());
        String stored = ArchiveTree.storedPath(path);
        String author = p.author().name();
        rows.prayers.add(new PrayerRow(p.id(), author, p.request(), p.generatedPrayer(), p.projectTag(), p.createdAt(),
                false, stored, 1.0, "[]", "disabled", "unknown", 0.0, "general"));
        activity.add(p.createdAt(), ActivityEntry.submitted(p.createdAt().toLocalTime(), author, p.id(), p.projectTag()));
        count(p);

        List<TimedEntry> lines = new ArrayList<>();
        Set<MarkMinute> markMinutes = new HashSet<>();
        for (PrayerEvent e : p.events()) {
            if (e instanceof Prayed m) {
                prayed(p, m, stored, lines, markMinutes);
            } else if (e instanceof Answered a) {
                answered(p, a, stored, lines);
            } else if (e instanceof Archived x) {
                archived(p, x, lines);
            } else if (e instanceof Restored r) {
                restored(p, r, lines);
            }
        }
        PrayerHeader header = PrayerHeader.of(p.id(), author, p.createdAt()).withProjectTag(p.projectTag());
        PrayerFile file = new PrayerFile(header, p.request(), p.generatedPrayer(), List.copyOf(lines));
        tree.write(path, () -> WRITER.write(file));
    }

    private String choosePath(LocalDateTime createdAt) {
        LocalDateTime m = ArchiveTime.toMinute(createdAt);
        if (!m.equals(minute)) {
            minute = m;
            pathsThisMinute.clear();
        }
        if (!pathsThisMinute.isEmpty()) {
            tally.add(DemoCount.SAME_MINUTE_FILES);   // the plain name is taken: this one gets _2, _3…
        }
        String path = PrayerFileNames.choose(createdAt, pathsThisMinute::contains);
        pathsThisMinute.add(path);
        return path;
    }

    private void count(PrayerHistory p) {
        tally.add(DemoCount.PRAYERS);
        if (p.createdAt().getMonth() == Month.FEBRUARY && p.createdAt().getDayOfMonth() == 29) {
            tally.add(DemoCount.LEAP_DAY_PRAYERS);
        }
    }

    private void prayed(PrayerHistory p, Prayed m, String stored,
                        List<TimedEntry> lines, Set<MarkMinute> markMinutes)
            throws SQLException {
        String user = m.user().name();
        LocalDateTime shown = m.shownAt();
        lines.add(new StandardEntry(shown, user, StandardAction.PRAYED));
        activity.add(m.at(), ActivityEntry.prayed(m.at().toLocalTime(), user, p.id()));
        rows.marks.add(new PrayerMarkRow(ids.uuidHex(), user, p.id(), shown, stored));
        rows.logs.add(new PrayerActivityLogRow(ids.tokenHex(), p.id(), user, "prayed", null, "true", shown, stored));
        tally.add(DemoCount.MARKS);
        if (m.clientAt() != null) {
            tally.add(DemoCount.OFFLINE_MARKS);
        }
        if (!markMinutes.add(new MarkMinute(user, ArchiveTime.toMinute(shown)))) {
            tally.add(DemoCount.REPEATED_MARKS);
        }
    }

    /**
     * {@code answered}=true, {@code answer_date}=ISO(now) and, with a testimony, {@code answer_testimony}, each
     * attribute followed by its {@code set_*} log; then the {@code testimony} log, which carries the file path.
     */
    private void answered(PrayerHistory p, Answered a, String stored,
                          List<TimedEntry> lines) throws SQLException {
        String user = a.user().name();
        LocalDateTime t = a.at();
        lines.add(new StandardEntry(t, user, StandardAction.ANSWERED));
        activity.add(t, ActivityEntry.answered(t.toLocalTime(), user, p.id()));
        attribute(p, "answered", "true", DemoClock.plusMicros(t, 300), user);
        log(p, user, "set_answered", null, "true", DemoClock.plusMicros(t, 650), null);
        String answerDate = ArchiveTime.iso(DemoClock.plusMicros(t, 910));
        attribute(p, "answer_date", answerDate, DemoClock.plusMicros(t, 1170), user);
        log(p, user, "set_answer_date", null, answerDate, DemoClock.plusMicros(t, 1490), null);
        tally.add(DemoCount.ANSWERED);
        if (a.testimony() != null) {
            lines.add(TestimonyEntry.of(t, user, a.testimony()));
            attribute(p, "answer_testimony", a.testimony(), DemoClock.plusMicros(t, 1570), user);
            log(p, user, "set_answer_testimony", null, a.testimony(), DemoClock.plusMicros(t, 1930), null);
            log(p, user, "testimony", null, a.testimony(), DemoClock.plusMicros(t, 2480), stored);
            tally.add(DemoCount.TESTIMONIES);
            if (TestimonyEscape.needsEncoding(a.testimony())) {
                tally.add(DemoCount.MULTI_LINE_TESTIMONIES);
            }
        }
    }

    /** The {@code archived} attribute stays only if the prayer is not restored later (restoring deletes it). */
    private void archived(PrayerHistory p, Archived x, List<TimedEntry> lines)
            throws SQLException {
        String user = x.user().name();
        lines.add(new StandardEntry(x.at(), user, StandardAction.ARCHIVED));
        activity.add(x.at(), ActivityEntry.archived(x.at().toLocalTime(), user, p.id()));
        if (!x.restoredLater()) {
            attribute(p, "archived", "true", DemoClock.plusMicros(x.at(), 200), user);
        }
        log(p, user, "set_archived", null, "true", DemoClock.plusMicros(x.at(), 400), null);
        tally.add(DemoCount.ARCHIVED);
    }

    private void restored(PrayerHistory p, Restored r, List<TimedEntry> lines)
            throws SQLException {
        String user = r.user().name();
        lines.add(new StandardEntry(r.at(), user, StandardAction.RESTORED));
        activity.add(r.at(), ActivityEntry.restored(r.at().toLocalTime(), user, p.id()));
        log(p, user, "remove_archived", "true", null, DemoClock.plusMicros(r.at(), 300), null);
        tally.add(DemoCount.RESTORED);
    }

    private void attribute(PrayerHistory p, String name, String value, LocalDateTime at, String user) throws SQLException {
        rows.attributes.add(new PrayerAttributeRow(ids.tokenHex(), p.id(), name, value, at, user, null));
    }

    private void log(PrayerHistory p, String user, String action, String oldValue, String newValue, LocalDateTime at,
                     String stored) throws SQLException {
        rows.logs.add(new PrayerActivityLogRow(ids.tokenHex(), p.id(), user, action, oldValue, newValue, at, stored));
    }
}
