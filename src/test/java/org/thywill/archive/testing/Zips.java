package org.thywill.archive.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP fixtures built in the test, never checked in. */
public final class Zips {

    private Zips() {
    }

    /** Zips every file of {@code tree} under {@code prefix} (e.g. {@code complete_site_archive/}, or empty). */
    public static Path zipTree(Path tree, String prefix, Path zip) throws IOException {
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(os);
             Stream<Path> files = Files.walk(tree)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + tree.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
