package org.thywill.archive.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.thywill.archive.files.ProcessLock;

/**
 * Refuses a second {@code thywill run} on a database that a running service already serves (in this JVM or another),
 * naming the first one's pid: two would take every scheduled backup and export twice and watch the same folders. The
 * lock is {@code <database>-service.lock} beside the database; the operating system drops it when the service dies.
 * One-shot commands do not take it: they run beside the service by design.
 */
final class OneServicePerDatabase extends MainListenerSupport {

    private ProcessLock held;

    @Override
    public void beforeStart(BaseMainSupport main) {
        Path database = Path.of(main.getCamelContext().getPropertiesComponent().resolveProperty("thywill.db")
                .orElseThrow());
        Path file = ProcessLock.beside(database, "-service.lock");
        try {
            Files.createDirectories(file.getParent()); // the service would make the database's folder next
            held = ProcessLock.tryAcquire(file, "thywill run").orElseThrow(() -> new IllegalStateException(
                    "another service already runs on " + database.toAbsolutePath().normalize() + " (" + ProcessLock.holderOf(file) + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + " (one service per database)", e);
        }
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
