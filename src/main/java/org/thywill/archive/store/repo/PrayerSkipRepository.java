package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code prayerskip} table. */
public final class PrayerSkipRepository extends Repository<PrayerSkipRow> {

    PrayerSkipRepository() {
        super(new RowTable<>("prayerskip",
                List.of("id", "user_id", "prayer_id", "created_at"),
                s -> new Object[] {s.id(), s.userId(), s.prayerId(), s.createdAt()},
                rs -> new PrayerSkipRow(rs.getString("id"), rs.getString("user_id"), rs.getString("prayer_id"),
                        Columns.time(rs, "created_at"))));
    }

    /** The user's skip of that prayer (the first one inserted, should there be several). */
    public Optional<PrayerSkipRow> find(Connection c, String userId, String prayerId) throws SQLException {
        return table.one(c, "user_id = ? AND prayer_id = ? ORDER BY rowid", userId, prayerId);
    }
}
