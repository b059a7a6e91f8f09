package org.thywill.archive.store.repo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code prayer} table. */
public final class PrayerRepository extends Repository<PrayerRow> {

    PrayerRepository() {
        super(new RowTable<>("prayer",
                List.of("id", "author_username", "text", "generated_prayer", "project_tag", "created_at", "flagged",
                        "text_file_path", "safety_score", "safety_flags", "categorization_method", "specificity_type",
                        "specificity_confidence", "subject_category"),
                p -> new Object[] {p.id(), p.authorUsername(), p.text(), p.generatedPrayer(), p.projectTag(),
                        p.createdAt(), p.flagged(), p.textFilePath(), p.safetyScore(), p.safetyFlags(),
                        p.categorizationMethod(), p.specificityType(), p.specificityConfidence(), p.subjectCategory()},
                rs -> new PrayerRow(rs.getString("id"), rs.getString("author_username"), rs.getString("text"),
                        rs.getString("generated_prayer"), rs.getString("project_tag"), Columns.time(rs, "created_at"),
                        Columns.bool(rs, "flagged"), rs.getString("text_file_path"), rs.getDouble("safety_score"),
                        rs.getString("safety_flags"), rs.getString("categorization_method"),
                        rs.getString("specificity_type"), rs.getDouble("specificity_confidence"),
                        rs.getString("subject_category"))));
    }

    public Optional<PrayerRow> findById(Connection c, String id) throws SQLException {
        return table.one(c, "id = ?", id);
    }

    public boolean exists(Connection c, String id) throws SQLException {
        return table.exists(c, "id = ?", id);
    }

    /** The prayers with these ids (a JSON array of strings), in no particular order; absent ids are skipped. */
    public List<PrayerRow> findByIds(Connection c, String idsJson) throws SQLException {
        return table.where(c, "id IN (SELECT value FROM json_each(?))", idsJson);
    }
}
