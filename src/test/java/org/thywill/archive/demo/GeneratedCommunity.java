package org.thywill.archive.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.thywill.archive.cli.ThyWillCli;

/** A community made by {@code thywill generate-demo} in a directory, read back: its files and its tables. */
record GeneratedCommunity(Path out, int exitCode, String stdout, String stderr) {

    /** Runs {@code generate-demo --out <out> <args>} through the CLI, in-process. */
    static GeneratedCommunity generate(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("generate-demo", "--out", out.toString()));
        all.addAll(List.of(args));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ThyWillCli.execute(all.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        return new GeneratedCommunity(out, code, o.toString(), e.toString());
    }

    Path archives() {
        return out.resolve("text_archives");
    }

    Path database() {
        return out.resolve("thywill.db");
    }

    /** Every file of the tree by its {@code /}-separated path relative to {@code text_archives/}, in path order. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(archives())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(archives().relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files whose relative path starts with {@code prefix}, as text. */
    Map<String, String> texts(String prefix) {
        Map<String, String> out = new TreeMap<>();
        files().forEach((path, bytes) -> {
            if (path.startsWith(prefix)) {
                out.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return out;
    }

    /** Each result row of {@code sql} as its column values (strings, numbers or null). */
    List<List<Object>> query(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of each row of {@code sql}. */
    List<Object> column(String sql) {
        return query(sql).stream().map(r -> r.get(0)).toList();
    }

    long count(String sql) {
        return ((Number) query(sql).get(0).get(0)).longValue();
    }

    /** Every table's rows ordered by its first column (each table's key), except Flyway's own history. */
    Map<String, List<List<Object>>> tables() {
        Map<String, List<List<Object>>> out = new TreeMap<>();
        for (Object name : column("select name from sqlite_master where type = 'table'"
                + " and name <> 'flyway_schema_history' order by name")) {
            out.put((String) name, query("select * from \"" + name + "\" order by 1"));
        }
        return out;
    }
}
