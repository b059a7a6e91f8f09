package org.thywill.archive.testing;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillMain;
import org.thywill.archive.store.Database;

/** The real service ({@code thywill run}) in this JVM, on a database and folders of the test's own, polling fast. */
public final class RunningService implements AutoCloseable {

    /** A Quartz cron that never fires while a test runs; a test that wants a schedule sets its own. */
    public static final String NEVER_IN_A_TEST = "0 0 0 1 1 ? 2099";
    private static final List<String> SCHEDULES = List.of("thywill.export.cron", "thywill.bundles.cleanup-cron",
            "thywill.backups.hourly-cron", "thywill.backups.daily-cron", "thywill.backups.weekly-cron",
            "thywill.backups.cleanup-cron");

    private final Main main;
    private final CompletableFuture<Void> running;

    private RunningService(Main main) {
        this.main = main;
        this.running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> running.isDone()
                || main.getCamelContext() != null && main.getCamelContext().getStatus() == ServiceStatus.Started);
        if (running.isDone()) {
            running.join();
            throw new IllegalStateException("the service stopped while starting");
        }
    }

    /** Starts the service with its state under {@code dir} ({@code thywill.db}, {@code text_archives/}, {@code backups/}). */
    public static RunningService start(Path dir, Map<String, String> extra) {
        Map<String, String> o = new HashMap<>();
        o.put("thywill.db", dir.resolve("thywill.db").toString());
        o.put("thywill.archives", dir.resolve("text_archives").toString());
        o.put("thywill.backups", dir.resolve("backups").toString());
        o.put("thywill.watch.delay-ms", "200");
        o.put("thywill.watch.min-age-ms", "300");
        o.put("thywill.watch.read-lock-check-interval-ms", "250");
        // a free port for the HTTP API (tests run side by side); see httpPort()
        o.put("thywill.http.port", "0");
        // a free port of its own for the management server (health, metrics, Jolokia); see managementPort()
        o.put("thywill.management.port", Integer.toString(freePort()));
        // no hourly backup or nightly export in the middle of a test that crosses the hour or runs at night
        SCHEDULES.forEach(cron -> o.put(cron, NEVER_IN_A_TEST));
        o.putAll(extra);
        return new RunningService(ThyWillMain.create(ThyWillMain.Mode.SERVICE, null, o));
    }

    public static RunningService start(Path dir) {
        return start(dir, Map.of());
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** The port the HTTP API listens on (127.0.0.1). */
    public int httpPort() {
        return context().hasService(org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer.class)
                .getPort();
    }

    /** The port of the management server (/observe/health, /observe/metrics, /observe/jolokia; 127.0.0.1). */
    public int managementPort() {
        return Integer.parseInt(context().getPropertiesComponent().resolveProperty("thywill.management.port")
                .orElseThrow());
    }

    /** A port nothing listens on now (the OS's pick for an ephemeral socket, closed again). */
    public static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Database database() {
        return context().getRegistry().lookupByNameAndType("databaseProvider", DatabaseProvider.class).get();
    }

    /** {@code select count(*) from <tableAndWhere>} through the service's own database. */
    public int count(String tableAndWhere) {
        return database().read(c -> {
            try (java.sql.ResultSet rs = c.createStatement().executeQuery("select count(*) from " + tableAndWhere)) {
                return rs.getInt(1);
            }
        });
    }

    @Override
    public void close() throws Exception {
        main.completed();
        running.get(60, TimeUnit.SECONDS);
    }
}
