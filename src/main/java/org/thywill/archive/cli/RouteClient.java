package org.thywill.archive.cli;

import org.apache.camel.CamelContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.thywill.archive.app.ThyWillMain;

/**
 * A one-shot command's way into the routes: starts the configured Camel Main without its triggers,
 * sends one request to a {@code direct:} endpoint and stops.
 */
final class RouteClient implements AutoCloseable {

    private final Main main;
    private final ProducerTemplate template;

    RouteClient(GlobalOptions global) throws Exception {
        // A one-shot command's output is its result; Camel's start/stop chatter is noise there.
        Configurator.setLevel("org.apache.camel", Level.WARN);
        main = ThyWillMain.create(ThyWillMain.Mode.ONE_SHOT, global.config(), global.overrides());
        main.start();
        CamelContext context = main.getCamelContext();
        template = context.createProducerTemplate();
    }

    <T> T request(String endpoint, Object body, java.util.Map<String, Object> headers, Class<T> type) {
        return template.requestBodyAndHeaders(endpoint, body, headers, type);
    }

    <T> T request(String endpoint, Object body, Class<T> type) {
        return template.requestBody(endpoint, body, type);
    }

    /** A bean the configuration bound (e.g. {@code settings}). */
    <T> T bean(String name, Class<T> type) {
        return main.getCamelContext().getRegistry().lookupByNameAndType(name, type);
    }

    @Override
    public void close() throws Exception {
        template.close();
        main.stop();
    }
}
