package org.thywill.archive.cli;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.processor.errorhandler.DefaultErrorHandler;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.thywill.archive.app.RouteFiles;
import org.thywill.archive.app.ThyWillMain;

/**
 * A one-shot command's way into the routes: starts the configured Camel Main without its triggers and with only
 * the route files its endpoint needs ({@link RouteFiles}), sends requests to that {@code direct:} endpoint and
 * stops.
 */
final class RouteClient implements AutoCloseable {

    private final Main main;
    private final ProducerTemplate template;
    private final String endpoint;

    RouteClient(GlobalOptions global, String endpoint) throws Exception {
        this.endpoint = endpoint;
        // A one-shot command's output is its result; Camel's start/stop chatter is noise there.
        Configurator.setLevel("org.apache.camel", Level.WARN);
        // A failed request is the command's failure, which it reports in one line naming the file or database;
        // the error handler's report of the same exception (message history, stack trace) would bury that line.
        Configurator.setLevel(DefaultErrorHandler.class.getName(), Level.OFF);
        Map<String, String> overrides = new java.util.LinkedHashMap<>(global.overrides());
        RouteFiles.packaged().includePattern(endpoint)
                .ifPresent(pattern -> overrides.put("camel.main.routes-include-pattern", pattern));
        main = ThyWillMain.create(ThyWillMain.Mode.ONE_SHOT, global.config(), overrides);
        main.start();
        CamelContext context = main.getCamelContext();
        template = context.createProducerTemplate();
    }

    <T> T request(Object body, Map<String, Object> headers, Class<T> type) {
        return template.requestBodyAndHeaders(endpoint, body, headers, type);
    }

    <T> T request(Object body, Class<T> type) {
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
