package org.thywill.archive.format;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.Locale;

/**
 * Hand-written readers for the timestamp shapes the original writes, in the exact form it writes them. An import
 * reads a million of them and {@code DateTimeFormatter} spends most of the parse there. Each method returns null
 * for anything but the plain shape (other spacing, case, offsets, invalid dates...), and {@link ArchiveTime} then
 * asks its lenient formatter, which stays the one definition of what is accepted: for every input these accept,
 * it gives the same value ({@code FastTimeTest} checks it on generated inputs).
 */
final class FastTime {

    private static final String[] MONTHS = new String[12];

    static {
        for (Month m : Month.values()) {
            String name = m.name();
            MONTHS[m.ordinal()] = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
    }

    private FastTime() {
    }

    /** {@code June 05 2024 at 09:07}, {@code Jun 5, 2024 at 9:07:33}. */
    static LocalDateTime ts(String s) {
        int space = s.indexOf(' ');
        int month = month(s, space);
        if (month == 0) {
            return null;
        }
        int i = space + 1;
        int dayEnd = digitsEnd(s, i, 2);
        if (dayEnd < 0) {
            return null;
        }
        int day = number(s, i, dayEnd);
        i = dayEnd;
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
        }
        if (!s.startsWith(" ", i) || digitsEnd(s, i + 1, 4) != i + 5) {
            return null;
        }
        int year = number(s, i + 1, i + 5);
        i += 5;
        if (!s.startsWith(" at ", i)) {
            return null;
        }
        LocalTime time = hms(s, i + 4, true);
        if (time == null) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, time.getHour(), time.getMinute(), time.getSecond());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code 09:07}, {@code 9:07}. */
    static LocalTime hm(String s) {
        return hms(s, 0, false);
    }

    /** {@code 2024-06-05T09:07:33.123456}, {@code 2024-06-05 09:07}: seconds and fraction optional. */
    static LocalDateTime isoLocal(String s) {
        if (s.length() < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || digitsEnd(s, 0, 4) != 4 || digitsEnd(s, 5, 2) != 7 || digitsEnd(s, 8, 2) != 10
                || digitsEnd(s, 11, 2) != 13 || s.charAt(13) != ':' || digitsEnd(s, 14, 2) != 16) {
            return null;
        }
        int second = 0;
        int nano = 0;
        int i = 16;
        if (i < s.length()) {
            if (s.charAt(i) != ':' || digitsEnd(s, i + 1, 2) != i + 3) {
                return null;
            }
            second = number(s, i + 1, i + 3);
            i += 3;
            if (i < s.length()) {
                int end = digitsEnd(s, i + 1, 9);
                if (s.charAt(i) != '.' || end != s.length()) {
                    return null;
                }
                nano = number(s, i + 1, end);
                for (int k = end - i - 1; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        try {
            return LocalDateTime.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10), number(s, 11, 13),
                    number(s, 14, 16), second, nano);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code H:mm}, then {@code :ss} if {@code seconds}, ending the string. */
    private static LocalTime hms(String s, int from, boolean seconds) {
        int hourEnd = digitsEnd(s, from, 2);
        if (hourEnd < 0 || hourEnd >= s.length() || s.charAt(hourEnd) != ':' || digitsEnd(s, hourEnd + 1, 2) != hourEnd + 3) {
            return null;
        }
        int i = hourEnd + 3;
        int second = 0;
        if (seconds && i < s.length()) {
            if (s.charAt(i) != ':' || digitsEnd(s, i + 1, 2) != i + 3) {
                return null;
            }
            second = number(s, i + 1, i + 3);
            i += 3;
        }
        if (i != s.length()) {
            return null;
        }
        try {
            return LocalTime.of(number(s, from, hourEnd), number(s, hourEnd + 1, hourEnd + 3), second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 1–12 for an English month name, full or its first three letters, written as the original does; else 0. */
    private static int month(String s, int end) {
        if (end < 3) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            String name = MONTHS[m];
            if ((end == name.length() || end == 3) && s.regionMatches(0, name, 0, end)) {
                return m + 1;
            }
        }
        return 0;
    }

    /** The end of a run of 1..max ASCII digits starting at {@code from} (the run may not go on), or -1. */
    private static int digitsEnd(String s, int from, int max) {
        int i = from;
        while (i < s.length() && i - from < max && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == from || (i < s.length() && isDigit(s.charAt(i)))) {
            return -1;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
