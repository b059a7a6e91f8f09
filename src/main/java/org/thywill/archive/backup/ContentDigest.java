package org.thywill.archive.backup;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a database holds, as one SHA-256: its schema and every row of every table. Rows are hashed one by one and
 * summed, so the digest does not depend on the order a scan returns them in (a backup made by {@code VACUUM INTO}
 * may store rows in another order), while a row added, removed, duplicated or changed changes it. Two databases
 * with equal digests hold the same data; a restore or a recovery compares the live database's digest at the swap
 * with its backup's to know that nobody wrote in between.
 */
public final class ContentDigest {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private ContentDigest() {
    }

    /** The digest of a single-file database nothing else writes (a backup), read without changing a byte. */
    public static String of(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().normalize().toUri()
                + "?mode=ro&immutable=1")) {
            return of(c);
        }
    }

    /** The digest of what {@code c} sees. */
    public static String of(Connection c) throws SQLException {
        MessageDigest total = sha256();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")) {
            while (rs.next()) {
                for (int i = 1; i <= 4; i++) {
                    text(total, rs.getString(i));
                }
                if ("table".equals(rs.getString(1))) {
                    tables.add(rs.getString(2));
                }
            }
        }
        MessageDigest row = sha256();
        for (String table : tables) {
            BigInteger sum = BigInteger.ZERO;
            long rows = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        value(row, rs.getObject(i));
                    }
                    sum = sum.add(new BigInteger(1, row.digest())).mod(MODULUS);
                    rows++;
                }
            }
            text(total, table);
            total.update(ByteBuffer.allocate(Long.BYTES).putLong(rows).array());
            total.update(sum.toByteArray());
        }
        return HexFormat.of().formatHex(total.digest());
    }

    private static void value(MessageDigest d, Object v) {
        if (v == null) {
            d.update((byte) 0);
        } else if (v instanceof Integer || v instanceof Long) {
            d.update((byte) 1);
            d.update(ByteBuffer.allocate(Long.BYTES).putLong(((Number) v).longValue()).array());
        } else if (v instanceof Number n) {
            d.update((byte) 2);
            d.update(ByteBuffer.allocate(Long.BYTES).putLong(Double.doubleToLongBits(n.doubleValue())).array());
        } else if (v instanceof byte[] b) {
            d.update((byte) 3);
            d.update(ByteBuffer.allocate(Integer.BYTES).putInt(b.length).array());
            d.update(b);
        } else {
            d.update((byte) 4);
            text(d, v.toString());
        }
    }

    private static void text(MessageDigest d, String s) {
        if (s == null) {
            d.update((byte) 0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update((byte) 1);
        d.update(ByteBuffer.allocate(Integer.BYTES).putInt(b.length).array());
        d.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
