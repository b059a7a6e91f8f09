package org.thywill.archive.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * Refuses to start the service when the port of the HTTP API or of the management server is taken. Camel binds
 * them on Vert.x's event loop and only logs a failed bind: the service would run on, say it listens, and leave the
 * port to whatever holds it (a second {@code thywill run}, another program). So each is bound once here first.
 */
final class FreePorts extends MainListenerSupport {

    @Override
    public void beforeStart(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        check(context, "camel.server.enabled", "thywill.http.host", "thywill.http.port", "the HTTP API", "--port");
        check(context, "camel.management.enabled", "thywill.management.host", "thywill.management.port",
                "the management server", "--management-port");
    }

    private static void check(CamelContext context, String enabled, String hostKey, String portKey, String what,
            String option) {
        if (!Boolean.parseBoolean(property(context, enabled))) {
            return;
        }
        String host = property(context, hostKey);
        int port = Integer.parseInt(property(context, portKey));
        if (port == 0) {
            return; // any free port
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as the server itself binds: a port left in TIME_WAIT is free
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " for " + what + " (" + portKey
                    + "): " + e.getMessage() + ". Another program holds the port, or another thywill run; choose"
                    + " another with " + option + " or " + portKey, e);
        }
    }

    private static String property(CamelContext context, String key) {
        return context.getPropertiesComponent().resolveProperty(key).orElse("");
    }
}
