package org.thywill.archive.format.prayer;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original's prayer file naming (reference §1): directory {@code prayers/<year>/<MM>/}, base name
 * {@code created_at} as {@code %Y_%m_%d_prayer_at_%H%M}; if {@code <base>.txt} exists, the first of
 * {@code <base>_2.txt}, {@code <base>_3.txt}, … that does not. Paths are relative to the archive root and
 * {@code /}-separated.
 */
public final class PrayerFileNames {

    private static final Pattern FILE_NAME = Pattern.compile(
            "(\\d{4})_(\\d{2})_(\\d{2})_prayer_at_(\\d{2})(\\d{2})(?:_([1-9]\\d*))?\\.txt");
    private static final Pattern RELATIVE_PATH = Pattern.compile("prayers/(\\d{4})/(\\d{2})/([^/]+)");

    private PrayerFileNames() {
    }

    /** The canonical path of a prayer created at {@code createdAt}: {@code prayers/2024/02/2024_02_29_prayer_at_1234.txt}. */
    public static String relativePath(LocalDateTime createdAt) {
        return new PrayerFileName(createdAt, 1).relativePath();
    }

    /**
     * The path the original would pick: the canonical path, or with {@code _2}, {@code _3}, … the first
     * whose relative path {@code exists} rejects.
     */
    public static String choose(LocalDateTime createdAt, Predicate<String> exists) {
        for (int suffix = 1; ; suffix = suffix == 1 ? 2 : suffix + 1) {
            String path = new PrayerFileName(createdAt, suffix).relativePath();
            if (!exists.test(path)) {
                return path;
            }
        }
    }

    /** A file name ({@code 2024_02_29_prayer_at_1234_2.txt}) read back; empty if it is not one or names no real date. */
    public static Optional<PrayerFileName> parseFileName(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        int suffix = m.group(6) == null ? 1 : parseSuffix(m.group(6));
        if (suffix < 2 && m.group(6) != null) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(new PrayerFileName(at, suffix));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A relative path ({@code prayers/2024/02/2024_02_29_prayer_at_1234_2.txt}) read back; empty unless the
     * directory's year and month agree with the file name.
     */
    public static Optional<PrayerFileName> parseRelativePath(String relativePath) {
        Matcher m = RELATIVE_PATH.matcher(relativePath.replace('\\', '/'));
        if (!m.matches()) {
            return Optional.empty();
        }
        return parseFileName(m.group(3)).filter(n -> n.relativePath().equals(m.group(0)));
    }

    static String baseName(LocalDateTime t) {
        return String.format(Locale.ROOT, "%04d_%02d_%02d_prayer_at_%02d%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute());
    }

    static String directory(LocalDateTime t) {
        return String.format(Locale.ROOT, "prayers/%d/%02d/", t.getYear(), t.getMonthValue());
    }

    private static int parseSuffix(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
