package org.thywill.archive.format;

import java.time.LocalDateTime;

/**
 * {@code YYYY-MM-DD?HH:MM:SS[.ffffff]} written digit by digit: Python's {@code isoformat()} / {@code str()} and
 * SQLAlchemy's storage text share this shape, and an import writes one or two per row, where a formatter (or
 * {@code String.format}) costs more than the rest of the row's Java work.
 */
public final class DateTimeText {

    private DateTimeText() {
    }

    /**
     * @param separator       {@code 'T'} (isoformat) or {@code ' '} (str, SQLAlchemy)
     * @param alwaysFraction  write {@code .000000} for a whole second (SQLAlchemy) instead of nothing (Python)
     * @return the text; years outside 0–9999 (which these writers would sign or widen) are the caller's to format
     *         some other way: null
     */
    public static String of(LocalDateTime t, char separator, boolean alwaysFraction) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return null;
        }
        int micros = t.getNano() / 1000;
        char[] c = new char[micros != 0 || alwaysFraction ? 26 : 19];
        put(c, 0, year, 4);
        c[4] = '-';
        put(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, t.getDayOfMonth(), 2);
        c[10] = separator;
        put(c, 11, t.getHour(), 2);
        c[13] = ':';
        put(c, 14, t.getMinute(), 2);
        c[16] = ':';
        put(c, 17, t.getSecond(), 2);
        if (c.length == 26) {
            c[19] = '.';
            put(c, 20, micros, 6);
        }
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
