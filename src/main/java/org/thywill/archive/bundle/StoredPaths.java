package org.thywill.archive.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A {@code text_file_path} from the database, confined to the archive root (the original read whatever the
 * column held, reference operations §9 item 23). The original stores {@code text_archives/<path under the root>};
 * a path relative to the root, or an absolute one inside it, is accepted too. The file must be a regular file,
 * not a link, and its real location (links in its folders resolved) must be inside the root's.
 */
final class StoredPaths {

    private static final String STORED_PREFIX = "text_archives/";

    /** Where the file is, or why it cannot be used. */
    record Resolved(Path file, String problem) {
    }

    private StoredPaths() {
    }

    static Resolved resolve(Path archiveRoot, String stored) throws IOException {
        if (stored == null || stored.isBlank()) {
            return new Resolved(null, "no archive file recorded");
        }
        String p = stored.replace('\\', '/');
        Path root = archiveRoot.toAbsolutePath().normalize();
        Path candidate;
        try {
            if (Path.of(p).isAbsolute()) {
                candidate = Path.of(p).normalize();
            } else {
                if (p.startsWith(STORED_PREFIX)) {
                    p = p.substring(STORED_PREFIX.length());
                }
                for (String segment : p.split("/")) {
                    if (segment.equals("..")) {
                        return new Resolved(null, "stored path " + stored + " leaves the archive root");
                    }
                }
                candidate = root.resolve(p).normalize();
            }
        } catch (InvalidPathException e) {
            return new Resolved(null, "stored path " + stored + " is not a path");
        }
        if (!candidate.startsWith(root)) {
            return new Resolved(null, "stored path " + stored + " is outside the archive root");
        }
        if (Files.isSymbolicLink(candidate)) {
            return new Resolved(null, "stored path " + stored + " is a symbolic link, not followed");
        }
        if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return new Resolved(null, "archive file " + stored + " not found");
        }
        if (!candidate.toRealPath().startsWith(root.toRealPath())) {
            return new Resolved(null, "stored path " + stored + " leads outside the archive root through a link");
        }
        return new Resolved(candidate, null);
    }
}
