package org.thywill.archive.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A backup found in a tier folder: a regular file named as a backup of that tier (links and other files are never
 * taken for one). Its time is the manifest's {@code createdAt} when the manifest is readable and names it, else the
 * time in its name, read in the clock's zone (the original named its backups in local time).
 */
record StoredBackup(BackupTier tier, Path file, long sizeBytes, Instant createdAt, BackupManifest manifest,
                    boolean hasSidecar) {

    String name() {
        return file.getFileName().toString();
    }

    Path sidecar() {
        return file.resolveSibling(BackupNames.sidecarOf(name()));
    }

    Path manifestFile() {
        return file.resolveSibling(BackupNames.manifestOf(name()));
    }

    /** The cheap check: a sidecar is present and the size is the manifest's. */
    Optional<String> quickProblem() {
        if (!hasSidecar) {
            return Optional.of("no checksum sidecar");
        }
        if (manifest == null) {
            return Optional.of("no readable manifest");
        }
        if (manifest.sizeBytes() != sizeBytes) {
            return Optional.of("size " + sizeBytes + " differs from the manifest's " + manifest.sizeBytes());
        }
        return Optional.empty();
    }

    /** The tier's backups, newest first. */
    static List<StoredBackup> scan(Path root, BackupTier tier, ZoneId zone) throws IOException {
        return scanFolder(root.resolve(tier.id()), tier, zone);
    }

    /** The backups of {@code tier} in {@code dir} (a tier folder, or the flat folder of remote copies), newest first. */
    static List<StoredBackup> scanFolder(Path dir, BackupTier tier, ZoneId zone) throws IOException {
        List<StoredBackup> found = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Optional<LocalDateTime> named = BackupNames.timeOf(tier, name);
                if (named.isEmpty()) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (!attrs.isRegularFile()) {
                    continue;
                }
                BackupManifest manifest = readManifest(f.resolveSibling(BackupNames.manifestOf(name)), name);
                Instant time = manifest != null && manifest.createdAt() != null ? manifest.createdAt()
                        : named.get().atZone(zone).toInstant();
                found.add(new StoredBackup(tier, f, attrs.size(), time, manifest,
                        Files.isRegularFile(f.resolveSibling(BackupNames.sidecarOf(name)), LinkOption.NOFOLLOW_LINKS)));
            }
        }
        found.sort(Comparator.comparing(StoredBackup::createdAt).thenComparing(StoredBackup::name).reversed());
        return found;
    }

    private static BackupManifest readManifest(Path path, String name) {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            BackupManifest m = ManifestJson.read(path);
            return name.equals(m.file()) ? m : null;
        } catch (IOException e) {
            return null;
        }
    }
}
