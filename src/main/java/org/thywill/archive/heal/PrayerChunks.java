package org.thywill.archive.heal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thywill.archive.store.HealPrayerStates;
import org.thywill.archive.store.SqlTime;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.Repositories;

/**
 * The prayers heal reads a chunk at a time, so that its memory stays bounded however large the community: first
 * only every prayer's id in heal order (oldest first, then by id: the {@code _N} rule orders same-minute prayers by
 * their seconds), then, per chunk of ids, those prayers and their marks, logs and attributes.
 */
final class PrayerChunks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Some prayers and their rows, each prayer's rows in insertion (rowid) order, and their change counts when
     * read ({@link HealPrayerStates}; a prayer without a state row yet is absent).
     */
    record Chunk(List<PrayerRow> prayers, Map<String, List<PrayerMarkRow>> marks,
                 Map<String, List<PrayerActivityLogRow>> logs, Map<String, List<PrayerAttributeRow>> attributes,
                 Map<String, Long> changes) {
    }

    private record Aged(String id, LocalDateTime createdAt) {
    }

    private PrayerChunks() {
    }

    /** Every prayer's id, oldest first (ties by id). */
    static List<String> orderedIds(Connection c) throws SQLException {
        List<Aged> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at FROM prayer");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new Aged(rs.getString(1), SqlTime.parse(rs.getString(2))));
            }
        }
        all.sort(Comparator.comparing(Aged::createdAt).thenComparing(Aged::id));
        List<String> ids = new ArrayList<>(all.size());
        all.forEach(a -> ids.add(a.id()));
        return ids;
    }

    /**
     * The prayers with these ids, in the ids' order (one deleted meanwhile is skipped), their rows and change
     * counts. Call in one read transaction: the counts must be those of the rows read.
     */
    static Chunk read(Connection c, List<String> ids) throws SQLException {
        String json = json(ids);
        Map<String, PrayerRow> byId = new HashMap<>();
        for (PrayerRow p : Repositories.PRAYERS.findByIds(c, json)) {
            byId.put(p.id(), p);
        }
        List<PrayerRow> prayers = new ArrayList<>(ids.size());
        for (String id : ids) {
            PrayerRow p = byId.get(id);
            if (p != null) {
                prayers.add(p);
            }
        }
        Map<String, List<PrayerMarkRow>> marks = new HashMap<>();
        for (PrayerMarkRow m : Repositories.PRAYER_MARKS.findByPrayers(c, json)) {
            marks.computeIfAbsent(m.prayerId(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<PrayerActivityLogRow>> logs = new HashMap<>();
        for (PrayerActivityLogRow l : Repositories.PRAYER_ACTIVITY_LOG.findByPrayers(c, json)) {
            logs.computeIfAbsent(l.prayerId(), k -> new ArrayList<>()).add(l);
        }
        Map<String, List<PrayerAttributeRow>> attributes = new HashMap<>();
        for (PrayerAttributeRow a : Repositories.PRAYER_ATTRIBUTES.findByPrayers(c, json)) {
            attributes.computeIfAbsent(a.prayerId(), k -> new ArrayList<>()).add(a);
        }
        return new Chunk(prayers, marks, logs, attributes, HealPrayerStates.changes(c, json));
    }

    private static String json(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ids as JSON", e);
        }
    }
}
