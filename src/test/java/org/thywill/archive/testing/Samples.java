package org.thywill.archive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The archive trees and databases the original application wrote ({@code ../shared/samples}). Read
 * them in place; copy them into a temporary folder before anything writes.
 */
public final class Samples {

    public static final List<String> NAMES = List.of("tiny", "community");

    private Samples() {
    }

    public static Path root() {
        String configured = System.getProperty("thywill.samples", System.getenv("THYWILL_SAMPLES"));
        Path p = configured != null ? Paths.get(configured) : Paths.get("..", "shared", "samples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("samples not found at " + p.toAbsolutePath()
                    + " (set -Dthywill.samples or THYWILL_SAMPLES)");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path archives(String sample) {
        return root().resolve(sample).resolve("text_archives");
    }

    public static Path database(String sample) {
        return root().resolve(sample).resolve("thywill.db");
    }

    /** Every regular file of a sample's archive tree, sorted. */
    public static List<Path> archiveFiles(String sample) {
        Path base = archives(sample);
        try (Stream<Path> s = Files.walk(base)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file of every sample's archive tree. */
    public static List<Path> allArchiveFiles() {
        return NAMES.stream().flatMap(n -> archiveFiles(n).stream()).toList();
    }

    /** {@code file}'s path relative to its sample's {@code text_archives/}, {@code /}-separated. */
    public static String relative(Path file) {
        Path f = file.toAbsolutePath().normalize();
        for (String n : NAMES) {
            Path base = archives(n);
            if (f.startsWith(base)) {
                return base.relativize(f).toString().replace('\\', '/');
            }
        }
        throw new IllegalArgumentException(file + " is not in a sample archive tree");
    }

    /** Copies a sample's database to {@code target}; returns {@code target}. */
    public static Path copyDatabase(String sample, Path target) {
        try {
            Files.copy(database(sample), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Copies a sample's archive tree to {@code target} (created), keeping file times; returns {@code target}. */
    public static Path copyArchives(String sample, Path target) {
        Path from = archives(sample);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
