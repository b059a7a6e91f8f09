package org.thywill.archive.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@code text_file_path} from the database, confined to the archive root (the original read whatever the
 * column held, reference operations §9 item 23). The original stores {@code text_archives/<path under the root>};
 * a path relative to the root, or an absolute one inside it, is accepted too. The file must be a regular file,
 * not a link, and its real location (links in its folders resolved) must be inside the root's.
 * Used by the member bundle and by the HTTP API.
 */
public final class StoredPaths {

    private static final String STORED_PREFIX = "text_archives/";

    /** Where the file is, or why it cannot be used. */
    public record Resolved(Path file, String problem) {
    }

    private StoredPaths() {
    }

    public static Resolved resolve(Path archiveRoot, String stored) throws IOException {
        if (stored == null || stored.isBlank()) {
            return new Resolved(null, "no archive file recorded");
        }
        Path root = archiveRoot.toAbsolutePath().normalize();
        Resolved lexical = lexical(root, stored);
        if (lexical.file() == null) {
            return lexical;
        }
        Path candidate = lexical.file();
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

    /**
     * The stored path relative to the archive root ({@code prayers/2024/06/…txt}, {@code /} separated) when it
     * names a place inside the root, whether a file is there or not (links are not looked at); empty otherwise.
     */
    public static Optional<String> relative(Path archiveRoot, String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        Path root = archiveRoot.toAbsolutePath().normalize();
        Path file = lexical(root, stored).file();
        if (file == null || file.equals(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(file).toString().replace('\\', '/'));
    }

    private static Resolved lexical(Path root, String stored) {
        String p = stored.replace('\\', '/');
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
        return new Resolved(candidate, null);
    }
}
