package org.thywill.archive.heal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The archive root heal writes under, and the confinement of paths taken from the database
 * ({@code text_file_path} values such as {@code text_archives/prayers/…txt}) to it (PRODUCT.md "Security"). Public for
 * {@code repair}, which confines pointers the same way.
 */
public final class ArchiveRoot {

    /** The prefix the database stores archive paths with (as the original does with its default base dir). */
    public static final String STORED_PREFIX = "text_archives/";

    /** A stored path read: the path under the root, or why it was refused. */
    public record Resolved(String relative, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    private final Path root;
    /** The root with its links resolved, once it exists (resolved once: each prayer's path is checked against it). */
    private Path realRoot;

    public ArchiveRoot(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    private Path realRoot() throws java.io.IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }

    /** {@code prayers/…txt} → {@code text_archives/prayers/…txt}, the form the database holds. */
    public static String stored(String relative) {
        return STORED_PREFIX + relative;
    }

    /**
     * The path under the root a stored {@code text_file_path} names. Refused: an absolute path or one whose
     * {@code ..} leads out of the root, a path through a symbolic link that leads out of it, an unreadable name.
     */
    public Resolved resolveStored(String stored) {
        String p = stored.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.startsWith(STORED_PREFIX)) {
            p = p.substring(STORED_PREFIX.length());
        }
        try {
            Path candidate = Path.of(p);
            if (candidate.isAbsolute()) {
                return new Resolved(null, "'" + stored + "' is an absolute path, outside the archive root " + root);
            }
            Path target = root.resolve(candidate).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                return new Resolved(null, "'" + stored + "' leads outside the archive root " + root);
            }
            if (Files.exists(target) && !target.toRealPath().startsWith(realRoot())) {
                return new Resolved(null, "'" + stored + "' goes through a link outside the archive root " + root);
            }
            return new Resolved(root.relativize(target).toString().replace('\\', '/'), null);
        } catch (InvalidPathException | java.io.IOException e) {
            return new Resolved(null, "'" + stored + "' is not a usable path: " + e.getMessage());
        }
    }
}
