package org.thywill.archive.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.thywill.archive.testing.Samples;

/**
 * Test helper: facts about SQLite files read through plain JDBC connections that set no pragmas, independent
 * of the store's own code.
 */
public final class SqliteFacts {

    private SqliteFacts() {
    }

    /** A writable copy of a sample's {@code thywill.db} in {@code dir}. */
    public static Path copySample(String sample, Path dir) {
        try {
            Path copy = dir.resolve(sample + "-thywill.db");
            Files.copy(Samples.database(sample), copy);
            copy.toFile().setWritable(true, true);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public static Connection openPlain(Path file) throws SQLException {
        return new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Table names, SQLite's own left out, sorted. */
    public static List<String> tables(Connection c) throws SQLException {
        return strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    public static List<String> namedIndexes(Connection c) throws SQLException {
        return strings(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
    }

    public static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    public static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Everything SQLite says about a table's shape: its stored CREATE text, every column (name, type, notnull,
     * default, pk), every index with its columns, every foreign key.
     */
    /**
     * Whether a {@link #describe} fact is about one of the reconciler's lookup indexes (migration V3,
     * {@code reconcile_ix_*}): the only thing the pipeline adds to the original's tables.
     */
    public static boolean isReconcilerIndexFact(String fact) {
        return fact.startsWith("index reconcile_ix_");
    }

    public static List<String> describe(Connection c, String table) throws SQLException {
        List<String> facts = new ArrayList<>();
        facts.addAll(prefixed("sql ", rows(c, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table)));
        facts.addAll(prefixed("column ", rows(c, "SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid", table)));
        for (String index : strings(c, "SELECT name FROM pragma_index_list(?) ORDER BY name", table)) {
            facts.addAll(prefixed("index ", rows(c, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) WHERE name = ?", table, index)));
            facts.addAll(prefixed("index " + index + " sql ", rows(c, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", index)));
            facts.addAll(prefixed("index " + index + " column ", rows(c, "SELECT seqno, cid, name, \"desc\", coll, key FROM pragma_index_xinfo(?) ORDER BY seqno", index)));
        }
        facts.addAll(prefixed("fk ", rows(c, "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", table)));
        return facts;
    }

    /** Row count and a SHA-256 of every row ({@code quote()} of each column, so types count), per table. */
    public static Map<String, String> contentFingerprint(Connection c, List<String> tables) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> columns = strings(c, "SELECT name FROM pragma_table_info(?) ORDER BY cid", table);
            String select = "SELECT " + String.join(" || ',' || ", columns.stream().map(col -> "quote(\"" + col + "\")").toList())
                    + " FROM \"" + table + "\" ORDER BY 1";
            MessageDigest digest = sha256();
            long rows = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select)) {
                while (rs.next()) {
                    digest.update(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                    rows++;
                }
            }
            out.put(table, rows + " rows, sha256 " + HexFormat.of().formatHex(digest.digest()));
        }
        return out;
    }

    public static String fileSha256(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        cells.add(String.valueOf(rs.getString(i)));
                    }
                    out.add(String.join("|", cells));
                }
                return out;
            }
        }
    }

    private static List<String> prefixed(String prefix, List<String> lines) {
        return lines.stream().map(l -> prefix + l).toList();
    }
}
