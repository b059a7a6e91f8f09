package org.thywill.archive.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a fuzz target's classes before the fuzzer starts its clock. In fuzzing mode Jazzer instruments each
 * class as it is loaded, which takes up to a second for one class on a busy machine: a class first loaded
 * inside an input would trip the 1 s per-input timeout for a reason that has nothing to do with the input.
 * Fuzz test classes call this from their static initializer, which runs when JUnit creates the test instance,
 * after Jazzer's agent is installed and before the first input.
 */
final class Warmup {

    private Warmup() {
    }

    /** Loads and initialises the classes of the given packages (not their sub-packages) in this project's class folder. */
    static void loadPackages(String... packages) {
        for (String pkg : packages) {
            URL url = Warmup.class.getClassLoader().getResource(pkg.replace('.', '/'));
            if (url == null || !"file".equals(url.getProtocol())) {
                continue;
            }
            try {
                Path dir = Path.of(url.toURI());
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String file = p.getFileName().toString();
                        String name = pkg + "." + file.substring(0, file.length() - ".class".length());
                        Class.forName(name, true, Warmup.class.getClassLoader());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The seed inputs of a fuzz test ({@code <Class>Inputs/<method>/} beside it on the class path). */
    static List<byte[]> seeds(Class<?> testClass, String method) {
        URL url = testClass.getResource(testClass.getSimpleName() + "Inputs/" + method);
        if (url == null || !"file".equals(url.getProtocol())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(Files::isRegularFile).sorted().map(Warmup::bytes).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
