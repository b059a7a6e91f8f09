package org.thywill.archive.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names of backups: {@code thywill_<tier>_YYYYMMDD_HHMMSS[_N].db} (the original's names, plus {@code _N} for
 * a second backup in the same second), their sidecars {@code <name>.sha256} and manifests
 * {@code <name>.manifest.json}, and the hidden temp files a backup is written to first.
 */
public final class BackupNames {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    static final String SIDECAR = ".sha256";
    static final String MANIFEST = ".manifest.json";
    private static final Pattern NAME = Pattern.compile(
            "(?:thywill_)?(hourly|daily|weekly|pre_restore)_(\\d{8}_\\d{6})(?:_(\\d+))?\\.db");
    /** A temp file, or the rollback journal SQLite keeps beside it while the online backup writes it. */
    private static final Pattern TEMP = Pattern.compile("\\.thywill_.*\\.tmp(-journal)?");

    private BackupNames() {
    }

    /** The {@code n}-th candidate name (1 = no suffix) for a backup of {@code tier} taken at {@code time}. */
    public static String candidate(BackupTier tier, LocalDateTime time, int n) {
        return "thywill_" + tier.id() + "_" + STAMP.format(time) + (n > 1 ? "_" + n : "") + ".db";
    }

    /** The temp file's name: hidden, and not a backup name, so list and cleanup never take it for one. */
    static String temp(BackupTier tier, LocalDateTime time, String random) {
        return ".thywill_" + tier.id() + "_" + STAMP.format(time) + "." + random + ".tmp";
    }

    static boolean isTemp(String name) {
        return TEMP.matcher(name).matches();
    }

    /**
     * A sidecar or manifest in {@code dir} whose backup does not exist. A backup claims its final name by creating
     * the sidecar first and links the copy to that name last, so a backup killed in between (kill -9, power loss)
     * leaves these for ever: they name no backup, and list and verify never see them.
     */
    static boolean isOrphanedClaim(java.nio.file.Path dir, String name) {
        for (String suffix : new String[] {SIDECAR, MANIFEST}) {
            if (name.endsWith(".db" + suffix) && NAME.matcher(name.substring(0, name.length() - suffix.length())).matches()) {
                return !java.nio.file.Files.exists(dir.resolve(name.substring(0, name.length() - suffix.length())),
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }
        return false;
    }

    public static String sidecarOf(String backupName) {
        return backupName + SIDECAR;
    }

    public static String manifestOf(String backupName) {
        return backupName + MANIFEST;
    }

    /** The time written in a backup's name, when {@code name} is one of {@code tier}'s backups. */
    public static Optional<LocalDateTime> timeOf(BackupTier tier, String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches() || !m.group(1).equals(tier.id())) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(2), STAMP));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
