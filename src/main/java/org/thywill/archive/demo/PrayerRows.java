package org.thywill.archive.demo;

import java.sql.Connection;
import java.sql.SQLException;
import org.thywill.archive.store.repo.BatchInsert;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.Repositories;

/** The prayer tables' batched inserts, open for the length of one transaction. */
final class PrayerRows implements AutoCloseable {

    final BatchInsert<PrayerRow> prayers;
    final BatchInsert<PrayerMarkRow> marks;
    final BatchInsert<PrayerAttributeRow> attributes;
    final BatchInsert<PrayerActivityLogRow> logs;

    PrayerRows(Connection c) throws SQLException {
        prayers = Repositories.PRAYERS.batch(c);
        marks = Repositories.PRAYER_MARKS.batch(c);
        attributes = Repositories.PRAYER_ATTRIBUTES.batch(c);
        logs = Repositories.PRAYER_ACTIVITY_LOG.batch(c);
    }

    long count() {
        return prayers.count() + marks.count() + attributes.count() + logs.count();
    }

    @Override
    public void close() throws SQLException {
        try (prayers; marks; attributes; logs) {
            // closing sends what is left of each batch
        }
    }
}
