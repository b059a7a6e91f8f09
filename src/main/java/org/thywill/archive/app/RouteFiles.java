package org.thywill.archive.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The packaged route files ({@code routes/*.camel.yaml}) and the {@code direct:} endpoints each defines and sends
 * to. A one-shot command loads only the file that defines its endpoint and, transitively, the files defining every
 * endpoint those routes send to: building all routes would cost it more than a second of start-up.
 */
public final class RouteFiles {

    static final String FOLDER = "routes";
    private static final String SUFFIX = ".camel.yaml";
    private static final Pattern DIRECT = Pattern.compile("direct:([A-Za-z0-9_.-]+)");

    /** direct endpoint name → the file whose route consumes it. */
    private final Map<String, String> definedIn = new HashMap<>();
    /** file → the direct endpoint names its routes send to. */
    private final Map<String, Set<String>> sendsTo = new TreeMap<>();

    /** @param texts file name → YAML text */
    public static RouteFiles of(Map<String, String> texts) {
        RouteFiles files = new RouteFiles();
        texts.forEach(files::add);
        return files;
    }

    /** The route files packaged with the service (from the class path). */
    public static RouteFiles packaged() {
        ClassLoader loader = RouteFiles.class.getClassLoader();
        Map<String, String> texts = new TreeMap<>();
        for (String name : names(loader)) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + "/" + name)) {
                if (in != null) {
                    texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the packaged route file " + name, e);
            }
        }
        return of(texts);
    }

    /**
     * The files a request to {@code endpoint} needs, sorted by name; empty when no file defines it.
     */
    public Optional<List<String>> needing(String endpoint) {
        Matcher m = DIRECT.matcher(endpoint);
        if (!m.lookingAt() || !definedIn.containsKey(m.group(1))) {
            return Optional.empty();
        }
        Set<String> needed = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(definedIn.get(m.group(1))));
        while (!todo.isEmpty()) {
            String file = todo.pop();
            if (needed.add(file)) {
                for (String sent : sendsTo.getOrDefault(file, Set.of())) {
                    String other = definedIn.get(sent);
                    if (other != null) {
                        todo.push(other);
                    }
                }
            }
        }
        return Optional.of(List.copyOf(needed));
    }

    /** {@link #needing} as a value for {@code camel.main.routes-include-pattern}. */
    public Optional<String> includePattern(String endpoint) {
        return needing(endpoint).map(files -> String.join(",",
                files.stream().map(f -> "classpath:" + FOLDER + "/" + f).toList()));
    }

    private void add(String file, String yaml) {
        Object doc = new Load(LoadSettings.builder().setLabel(file).build()).loadFromString(yaml);
        Set<String> sent = new TreeSet<>();
        if (doc instanceof List<?> items) {
            for (Object item : items) {
                Object route = item instanceof Map<?, ?> map && map.containsKey("route") ? map.get("route") : item;
                String from = fromUri(route);
                Matcher m = from == null ? null : DIRECT.matcher(from);
                if (m != null && m.lookingAt()) {
                    definedIn.put(m.group(1), file);
                }
                collect(route, from, sent);
            }
        }
        sendsTo.put(file, sent);
    }

    private static String fromUri(Object route) {
        if (route instanceof Map<?, ?> map && map.get("from") instanceof Map<?, ?> from
                && from.get("uri") instanceof String uri) {
            return uri;
        }
        return null;
    }

    /** Every direct endpoint named anywhere in {@code node} but its own {@code from}. */
    private static void collect(Object node, String from, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, from, into));
        } else if (node instanceof Collection<?> list) {
            list.forEach(v -> collect(v, from, into));
        } else if (node instanceof String s && !s.equals(from)) {
            Matcher m = DIRECT.matcher(s);
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }

    private static List<String> names(ClassLoader loader) {
        URL folder = loader.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            if ("file".equals(folder.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted()
                            .toList();
                }
            }
            if (folder.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (var file = jar.getJarFile()) {
                    return file.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(FOLDER + "/") && n.endsWith(SUFFIX) && n.indexOf('/', FOLDER.length() + 1) < 0)
                            .map(n -> n.substring(FOLDER.length() + 1)).sorted().toList();
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packaged route files", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
