package org.thywill.archive.format.prayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.testing.Samples;

/**
 * The strongest check there is: for every prayer of both samples, what we read from the file the original
 * wrote equals what the original stored in its database (text, generated prayer, header fields, testimony
 * texts, prayed marks at archive precision, final answered/archived/testimony state).
 */
class PrayerFileDatabaseTest {

    record Row(String id, String author, String text, String generated, String projectTag, LocalDateTime createdAt,
               String path) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "community"})
    void everyPrayerReadsAsTheDatabaseStoredIt(String sample) throws SQLException {
        Path base = Samples.root().resolve(sample);
        try (Connection db = open(Samples.database(sample))) {
            List<Row> rows = prayers(db);
            assertThat(rows).isNotEmpty();
            for (Row row : rows) {
                Path file = base.resolve(row.path());
                assertThat(file).exists();
                Parsed<PrayerFile> parsed = new PrayerFileReader().read(Samples.read(file));
                PrayerFile prayer = parsed.value();
                String where = row.path() + ": ";
                assertThat(parsed.diagnostics()).as(where + "diagnostics").isEmpty();
                assertThat(prayer.header().id()).as(where + "id").isEqualTo(row.id());
                assertThat(prayer.header().author()).as(where + "author").isEqualTo(row.author());
                assertThat(prayer.header().submitted()).as(where + "submitted")
                        .isEqualTo(ArchiveTime.toMinute(row.createdAt()));
                assertThat(prayer.header().projectTag()).as(where + "project").isEqualTo(row.projectTag());
                assertThat(prayer.requestText()).as(where + "text").isEqualTo(row.text());
                assertThat(prayer.generatedPrayer()).as(where + "generated").isEqualTo(row.generated());

                assertThat(testimonies(prayer)).as(where + "testimony texts")
                        .isEqualTo(strings(db, "select new_value from prayer_activity_log where prayer_id = ?"
                                + " and action = 'testimony' order by created_at", row.id()));
                assertThat(prayedMarks(prayer)).as(where + "prayed marks (user, minute)")
                        .containsExactlyInAnyOrderElementsOf(marks(db, row.id()));

                PrayerState state = PrayerReplay.replay(prayer.activity());
                Map<String, String> attrs = attributes(db, row.id());
                assertThat(state.answered()).as(where + "answered").isEqualTo(attrs.containsKey("answered"));
                assertThat(state.archived()).as(where + "archived").isEqualTo(attrs.containsKey("archived"));
                assertThat(state.testimony()).as(where + "answer_testimony")
                        .isEqualTo(attrs.get("answer_testimony"));
                assertThat(state.answeredAt() == null ? null : ArchiveTime.toMinute(state.answeredAt()))
                        .as(where + "answer_date at archive precision")
                        .isEqualTo(attrs.containsKey("answer_date")
                                ? ArchiveTime.toMinute(ArchiveTime.parseIsoLocal(attrs.get("answer_date")).orElseThrow())
                                : null);
            }
            Set<String> referenced = new HashSet<>();
            rows.forEach(r -> referenced.add(base.resolve(r.path()).normalize().toString()));
            assertThat(PrayerFileSamplesTest.samplePrayerFiles()
                            .filter(p -> p.startsWith(base))
                            .map(p -> p.normalize().toString()))
                    .as("every prayer file of the sample belongs to a prayer row")
                    .allMatch(referenced::contains);
        }
    }

    private static List<String> testimonies(PrayerFile prayer) {
        List<String> texts = new ArrayList<>();
        for (TimedEntry e : prayer.chronologicalActivity()) {
            if (e instanceof TestimonyEntry t) {
                texts.add(t.text());
            }
        }
        return texts;
    }

    private static List<String> prayedMarks(PrayerFile prayer) {
        List<String> marks = new ArrayList<>();
        for (ActivityEntry e : prayer.activity()) {
            if (e instanceof StandardEntry s && s.action() == StandardAction.PRAYED) {
                marks.add(s.user() + " @ " + s.at());
            }
        }
        return marks;
    }

    private static List<String> marks(Connection db, String prayerId) throws SQLException {
        List<String> marks = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(
                "select user_id, created_at from prayer_activity_log where prayer_id = ? and action = 'prayed'")) {
            st.setString(1, prayerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    marks.add(rs.getString(1) + " @ " + ArchiveTime.toMinute(time(rs.getString(2))));
                }
            }
        }
        return marks;
    }

    private static Map<String, String> attributes(Connection db, String prayerId) throws SQLException {
        Map<String, String> attrs = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement(
                "select attribute_name, attribute_value from prayer_attributes where prayer_id = ?")) {
            st.setString(1, prayerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    attrs.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return attrs;
    }

    private static List<String> strings(Connection db, String sql, String arg) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static List<Row> prayers(Connection db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("select id, author_username, text, generated_prayer,"
                + " project_tag, created_at, text_file_path from prayer order by created_at");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String generated = rs.getString(4);
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        generated == null || generated.isEmpty() ? null : generated, rs.getString(5),
                        time(rs.getString(6)), rs.getString(7)));
            }
        }
        return rows;
    }

    private static LocalDateTime time(String s) {
        return ArchiveTime.parseIsoLocal(s).orElseThrow(() -> new IllegalStateException("bad DB time " + s));
    }

    private static Connection open(Path db) throws SQLException {
        assertThat(Files.isRegularFile(db)).isTrue();
        Properties props = new Properties();
        props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: the samples are never written
        return DriverManager.getConnection("jdbc:sqlite:" + db, props);
    }
}
