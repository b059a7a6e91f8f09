package org.thywill.archive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.component.direct.DirectEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-shot command loads only the route files its endpoint needs, and those are enough. */
class RouteFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseRoutesSendNowhereElseIsLoadedAlone() {
        assertThat(RouteFiles.packaged().needing("direct:parse-files")).contains(List.of("parse-files.camel.yaml"));
        assertThat(RouteFiles.packaged().needing("direct:verify-backup")).contains(List.of("backup.camel.yaml"));
    }

    @Test
    void theFilesOfEveryEndpointSentToAreIncludedTransitively() {
        // validate-consistency --fix sends to sync-archives (heal-archives file), which sends to import-text-archives;
        // recovery-report, in the same file, sends to list-backups.
        assertThat(RouteFiles.packaged().needing("direct:validate-consistency")).contains(List.of("backup.camel.yaml",
                "heal-archives.camel.yaml", "import-text-archives.camel.yaml", "recovery.camel.yaml"));
        // heal-archives shares its file with sync-archives: a file is loaded whole.
        assertThat(RouteFiles.packaged().includePattern("direct:heal-archives")).contains(
                "classpath:routes/heal-archives.camel.yaml,classpath:routes/import-text-archives.camel.yaml");
    }

    @Test
    void anEndpointNoFileDefinesHasNoFiles() {
        assertThat(RouteFiles.packaged().needing("direct:no-such-route")).isEmpty();
        assertThat(RouteFiles.packaged().needing("file:text_archives")).isEmpty();
    }

    @Test
    void cyclesCommentsAndUriOptionsAreHandled() {
        RouteFiles files = RouteFiles.of(Map.of(
                "a.camel.yaml", """
                        # direct:commented-out is not a reference
                        - route:
                            id: a
                            from:
                              uri: direct:a
                              steps:
                                - to: direct:b?timeout=5000
                        """,
                "b.camel.yaml", """
                        - from:
                            uri: direct:b
                            steps:
                              - to:
                                  uri: direct:a
                        """,
                "c.camel.yaml", """
                        - route:
                            from:
                              uri: direct:commented-out
                        """));
        assertThat(files.needing("direct:a")).contains(List.of("a.camel.yaml", "b.camel.yaml"));
        assertThat(files.needing("direct:b")).contains(List.of("a.camel.yaml", "b.camel.yaml"));
        assertThat(files.needing("direct:commented-out")).contains(List.of("c.camel.yaml"));
    }

    /** Every direct: route, started the way a one-shot command starts it: whatever its routes send to is there. */
    @Test
    void everyDirectEndpointSentToInANarrowedContextHasItsRoute() throws Exception {
        RouteFiles packaged = RouteFiles.packaged();
        Set<String> endpoints = allDirectConsumers();
        assertThat(endpoints).contains("direct:heal-archives", "direct:backup", "direct:sync-archives");
        Map<String, Set<String>> missing = new HashMap<>();
        for (String endpoint : endpoints) {
            Map<String, String> overrides = new HashMap<>(settings());
            overrides.put("camel.main.routes-include-pattern", packaged.includePattern(endpoint).orElseThrow());
            Main main = ThyWillMain.create(ThyWillMain.Mode.ONE_SHOT, null, overrides);
            main.start();
            try {
                Set<String> consumed = main.getCamelContext().getRoutes().stream()
                        .map(r -> plain(r.getEndpoint())).collect(Collectors.toSet());
                assertThat(consumed).as("routes loaded for %s", endpoint).contains(endpoint);
                Set<String> unconsumed = new TreeSet<>();
                for (Endpoint e : main.getCamelContext().getEndpoints()) {
                    if (e instanceof DirectEndpoint && !consumed.contains(plain(e))) {
                        unconsumed.add(plain(e));
                    }
                }
                if (!unconsumed.isEmpty()) {
                    missing.put(endpoint, unconsumed);
                }
            } finally {
                main.stop();
            }
        }
        assertThat(missing).as("direct endpoints sent to without their route").isEmpty();
    }

    private Set<String> allDirectConsumers() throws Exception {
        Main main = ThyWillMain.create(ThyWillMain.Mode.ONE_SHOT, null, settings());
        main.start();
        try {
            return main.getCamelContext().getRoutes().stream().map(Route::getEndpoint)
                    .filter(e -> e instanceof DirectEndpoint).map(RouteFilesTest::plain)
                    .collect(Collectors.toCollection(TreeSet::new));
        } finally {
            main.stop();
        }
    }

    /** {@code direct://x} as the routes spell it: {@code direct:x}. */
    private static String plain(Endpoint e) {
        return e.getEndpointBaseUri().replaceFirst("^direct://", "direct:");
    }

    private Map<String, String> settings() {
        return Map.of(
                "thywill.db", dir.resolve("thywill.db").toString(),
                "thywill.archives", dir.resolve("text_archives").toString(),
                "thywill.backups", dir.resolve("backups").toString());
    }
}
