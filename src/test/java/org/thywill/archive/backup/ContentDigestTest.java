package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content digest: equal for equal data whatever the storage order, different after any write. */
class ContentDigestTest {

    @TempDir
    Path dir;

    private Path db(String name, String... statements) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE mark (id TEXT NOT NULL, who TEXT, at REAL, data BLOB)");
            st.execute("CREATE TABLE note (n INTEGER PRIMARY KEY, body TEXT)");
            for (String s : statements) {
                st.execute(s);
            }
        }
        return file;
    }

    private static final String[] ROWS = {
            "INSERT INTO mark VALUES ('a', 'Joy', 1.5, x'00ff')",
            "INSERT INTO mark VALUES ('b', NULL, 2, NULL)",
            "INSERT INTO note (body) VALUES ('first')",
    };

    @Test
    void equalDataInAnotherOrderOrACopyHasTheSameDigest() throws Exception {
        Path one = db("one.db", ROWS);
        Path two = db("two.db", ROWS[1], ROWS[0], ROWS[2]);
        Path vacuumed = dir.resolve("vacuumed.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + one); Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + vacuumed + "'");
        }

        assertThat(ContentDigest.of(two)).isEqualTo(ContentDigest.of(one)).hasSize(64);
        assertThat(ContentDigest.of(vacuumed)).isEqualTo(ContentDigest.of(one));
    }

    @Test
    void everyKindOfWriteChangesTheDigest() throws Exception {
        String base = ContentDigest.of(db("base.db", ROWS));

        assertThat(ContentDigest.of(db("inserted.db", ROWS[0], ROWS[1], ROWS[2], "INSERT INTO note (body) VALUES ('x')")))
                .isNotEqualTo(base);
        assertThat(ContentDigest.of(db("duplicated.db", ROWS[0], ROWS[0], ROWS[1], ROWS[2]))).isNotEqualTo(base);
        assertThat(ContentDigest.of(db("deleted.db", ROWS[0], ROWS[2]))).isNotEqualTo(base);
        assertThat(ContentDigest.of(db("updated.db", ROWS[0], ROWS[1], ROWS[2], "UPDATE mark SET who = 'Joy ' WHERE id = 'a'")))
                .isNotEqualTo(base);
        assertThat(ContentDigest.of(db("text.db", ROWS[0], ROWS[1], ROWS[2], "UPDATE mark SET data = '2' WHERE id = 'b'")))
                .as("the text '2' is not the number 2 (a column without affinity keeps each)")
                .isNotEqualTo(ContentDigest.of(db("number.db", ROWS[0], ROWS[1], ROWS[2],
                        "UPDATE mark SET data = 2 WHERE id = 'b'")));
        assertThat(ContentDigest.of(db("indexed.db", ROWS[0], ROWS[1], ROWS[2], "CREATE INDEX mark_who ON mark (who)")))
                .as("a schema change").isNotEqualTo(base);
    }

    @Test
    void aLiveConnectionSeesWhatIsCommitted() throws Exception {
        Path file = db("live.db", ROWS);
        String before = ContentDigest.of(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            assertThat(ContentDigest.of(c)).isEqualTo(before);
            st.execute("DELETE FROM note");
            assertThat(ContentDigest.of(c)).isNotEqualTo(before);
        }
    }
}
