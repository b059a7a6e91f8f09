package org.thywill.archive.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.thywill.archive.store.SqliteFacts;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;

/**
 * A database as the crash checks compare it: every kind at archive precision (multisets: a duplicate or a lost row
 * shows), the exact row count of every table, and the archive pointers heal sets.
 */
record DbState(ArchivePrecisionSnapshot archivePrecision, Map<String, Integer> rowCounts, List<String> pointers) {

    static DbState of(Path db) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> pointers = new ArrayList<>();
        try (Connection c = SqliteFacts.openReadOnly(db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from \"" + t + "\"")) {
                    counts.put(t, rs.getInt(1));
                }
            }
            try (ResultSet rs = st.executeQuery("select 'prayer ' || id || ' ' || coalesce(text_file_path, 'NULL') "
                    + "from prayer union all select 'user ' || display_name || ' ' || coalesce(text_file_path, 'NULL') "
                    + "from user order by 1")) {
                while (rs.next()) {
                    pointers.add(rs.getString(1));
                }
            }
        }
        return new DbState(ArchivePrecisionSnapshot.of(db), counts, pointers);
    }
}
