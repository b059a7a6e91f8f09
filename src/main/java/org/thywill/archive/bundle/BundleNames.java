package org.thywill.archive.bundle;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The file names of our bundles. Community: {@code complete_site_archive_<YYYY_MM_DD_HHMM>[_N].zip} (the
 * original's name, reference operations §6.4, plus {@code _N}). Member: {@code <safe name>_archive_<YYYY_MM_DD_HHMM>[_N].zip}
 * (the original's {@code <name>_archive_<YYYY_MM_DD>.zip} with the minute added and the name made safe by
 * {@link SafeFileName}). {@code _N} counts from 2 and is taken by the second build of the same minute, so no
 * build overwrites another (the original's same-minute / same-day clobbering, §9 item 24).
 */
public final class BundleNames {

    public static final String COMMUNITY_PREFIX = "complete_site_archive_";
    static final String MEMBER_INFIX = "_archive_";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu_MM_dd_HHmm", Locale.ROOT);

    /** Every file name {@link #community} or {@link #member} can give, and no other. */
    static final Pattern BUNDLE = Pattern.compile(".+_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}(?:_[1-9]\\d*)?\\.zip");

    /** A temp file {@link ZipBundleWriter} writes before the rename, left behind only by a crash. */
    static final Pattern TEMP = Pattern.compile("\\..+_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}\\.[0-9a-f]{16}\\.tmp");

    private BundleNames() {
    }

    /** The stem (name without {@code [_N].zip}) of a community bundle built at {@code at} (local time). */
    public static String community(LocalDateTime at) {
        return COMMUNITY_PREFIX + MINUTE.format(at);
    }

    /** The stem of a member bundle for {@code displayName} built at {@code at} (local time). */
    public static String member(String displayName, LocalDateTime at) {
        return SafeFileName.of(displayName) + MEMBER_INFIX + MINUTE.format(at);
    }

    /** The file name for the {@code n}th build (1-based) with this stem in the same folder. */
    static String candidate(String stem, int n) {
        return n == 1 ? stem + ".zip" : stem + "_" + n + ".zip";
    }

    static String temp(String stem, String random) {
        return "." + stem + "." + random + ".tmp";
    }

    /** Whether {@code fileName} is the name of one of our bundles. */
    public static boolean isBundle(String fileName) {
        return BUNDLE.matcher(fileName).matches();
    }

    /** Whether {@code fileName} is a temp file of one of our bundle builds. */
    public static boolean isBundleTemp(String fileName) {
        return TEMP.matcher(fileName).matches();
    }
}
