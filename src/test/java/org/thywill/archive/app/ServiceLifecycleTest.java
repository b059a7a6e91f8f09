package org.thywill.archive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.management.ObjectName;

import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.Database;
import org.thywill.archive.testing.RunningService;

/** {@code thywill run}: the service comes up as 'thywill' with JMX and its database, and stops cleanly. */
class ServiceLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void startsWithJmxAndTheSchemaAndStopsCleanly() throws Exception {
        Path db = dir.resolve("thywill.db");
        Main main = ThyWillMain.create(ThyWillMain.Mode.SERVICE, null, Map.of(
                "thywill.db", db.toString(),
                "thywill.archives", dir.resolve("text_archives").toString(),
                "thywill.backups", dir.resolve("backups").toString(),
                "thywill.http.port", "0",
                "thywill.management.port", Integer.toString(RunningService.freePort())));
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> main.getCamelContext() != null
                && main.getCamelContext().getStatus() == ServiceStatus.Started);

        assertThat(main.getCamelContext().getName()).isEqualTo("thywill");
        ObjectName route = new ObjectName("org.apache.camel:context=thywill,type=routes,name=\"parse-files\"");
        assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(route)).isTrue();
        Database database = main.getCamelContext().getRegistry()
                .lookupByNameAndType("databaseProvider", DatabaseProvider.class).get();
        assertThat(database.file()).isEqualTo(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("select count(*) from sqlite_master where type='table' and name in ('user','prayer','prayermark')")) {
            assertThat(rs.getInt(1)).isEqualTo(3);
        }

        main.completed();
        running.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(main.getCamelContext().getStatus()).isEqualTo(ServiceStatus.Stopped);
        assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(route)).isFalse();
        assertThat(dir.resolve("thywill.db-wal")).doesNotExist();
        assertThat(database.file()).isEqualTo(db);
    }
}
