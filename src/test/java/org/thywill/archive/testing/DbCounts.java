package org.thywill.archive.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Row counts read straight from a database file, independent of the code under test. */
public final class DbCounts {

    private DbCounts() {
    }

    /** {@code select count(*) from <tableAndWhere>}, e.g. {@code count(db, "user where display_name = 'Pat'")}. */
    public static int count(Path db, String tableAndWhere) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + tableAndWhere)) {
            return rs.getInt(1);
        }
    }
}
