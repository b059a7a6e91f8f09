package org.thywill.archive.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a demo community goes: {@code <out>/text_archives/} and {@code <out>/thywill.db}, the layout the original
 * app keeps in its working directory. A demo never goes over an existing community.
 */
public final class DemoOutput {

    public static final String ARCHIVES = "text_archives";
    public static final String DATABASE = "thywill.db";

    private DemoOutput() {
    }

    /** Why {@code out} cannot receive a demo community, or empty when it can. */
    public static Optional<String> refusal(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of(out + " exists and is not a directory");
        }
        for (String name : new String[] {DATABASE, DATABASE + "-wal", DATABASE + "-shm"}) {
            Path db = out.resolve(name);
            if (Files.exists(db)) {
                return Optional.of(out + " already holds a database (" + db.getFileName()
                        + "); generate-demo never overwrites a community: choose an empty --out directory");
            }
        }
        Path archives = out.resolve(ARCHIVES);
        if (Files.exists(archives) && (!Files.isDirectory(archives) || !isEmpty(archives))) {
            return Optional.of(out + " already holds " + ARCHIVES
                    + "/; generate-demo never overwrites a community: choose an empty --out directory");
        }
        return Optional.empty();
    }

    static Path archives(Path out) {
        return out.resolve(ARCHIVES);
    }

    static Path database(Path out) {
        return out.resolve(DATABASE);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
