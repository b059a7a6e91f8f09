package org.thywill.archive.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.Samples;

/** A writable copy of a sample (database and archive tree) in a test folder, and the settings that point at it. */
record RecoveryFixture(Path database, Path archives, Path temp) {

    static RecoveryFixture copy(String sample, Path dir) {
        Path db = SqliteFacts.copySample(sample, dir);
        Path archives = Samples.copyArchives(sample, dir.resolve("text_archives"));
        return new RecoveryFixture(db, archives, dir.resolve("tmp"));
    }

    RecoverySettings settings() {
        return new RecoverySettings(database, archives, 64L * 1024 * 1024, 10_000, 10_000, temp, 10);
    }

    void sql(String statement) throws SQLException {
        try (Connection c = SqliteFacts.openPlain(database); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /** What is left in the temporary folder: nothing once a job is done. */
    long tempEntries() {
        if (!Files.exists(temp)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(temp)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
