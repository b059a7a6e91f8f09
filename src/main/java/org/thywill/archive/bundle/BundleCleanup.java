package org.thywill.archive.bundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes old bundles from a downloads folder: only regular files named as our bundles ({@link BundleNames}) or
 * as their temp files (left by a crash), whose modification time is strictly older than {@code maxAge} by the
 * clock. Anything else in the folder, and links, are left alone; so is every sub-folder.
 */
public final class BundleCleanup {

    private final Clock clock;

    public BundleCleanup(Clock clock) {
        this.clock = clock;
    }

    /** The files deleted, sorted; nothing when the folder does not exist. */
    public List<Path> deleteOlderThan(Path downloads, Duration maxAge) throws IOException {
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(downloads, LinkOption.NOFOLLOW_LINKS)) {
            return deleted;
        }
        Instant cutoff = clock.instant().minus(maxAge);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(downloads)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!BundleNames.isBundle(name) && !BundleNames.isBundleTemp(name)) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (attrs.isRegularFile() && attrs.lastModifiedTime().toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(f)) {
                    deleted.add(f);
                }
            }
        }
        deleted.sort(null);
        return deleted;
    }
}
