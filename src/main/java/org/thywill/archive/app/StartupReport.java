package org.thywill.archive.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.SchemaMigration;
import org.slf4j.LoggerFactory;

/** Tells the operator, once the service is up, where its state lives and what each route listens to. */
final class StartupReport extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    @Override
    public void afterStart(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        ThyWillSettings s = context.getRegistry().lookupByNameAndType("settings", ThyWillSettings.class);
        LOG.info("ThyWill archive pipeline '{}' is up", context.getName());
        Database db = context.getRegistry().lookupByNameAndType("databaseProvider", DatabaseProvider.class).get();
        SchemaMigration m = db.migration();
        LOG.info("Database:      {} ({}, schema version {}, {} migration(s) applied now)", s.database(),
                m.openedAs().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), m.schemaVersion(),
                m.migrationsExecuted());
        LOG.info("Text archives: {}", s.archives());
        LOG.info("Backups:       {}", s.backups());
        addresses(key -> context.resolvePropertyPlaceholders("{{" + key + "}}")).forEach(LOG::info);
        for (Route r : context.getRoutes()) {
            LOG.info("Route {} ({}) <- {}", r.getRouteId(),
                    context.getRouteController().getRouteStatus(r.getRouteId()), r.getEndpoint().getEndpointUri());
        }
        LOG.info("Stop with Ctrl-C or SIGTERM.");
    }

    /**
     * Where the HTTP API and the management endpoints listen, as bound: Camel's own "HTTP endpoints summary" prints
     * 0.0.0.0 whatever the host (it is silenced in log4j2.properties), which would tell an operator that the service
     * listens on every interface when it listens on loopback only.
     */
    static List<String> addresses(Function<String, String> property) {
        String api = "http://" + property.apply("thywill.http.host") + ":" + property.apply("thywill.http.port");
        String management = "http://" + property.apply("thywill.management.host") + ":"
                + property.apply("thywill.management.port");
        List<String> lines = new ArrayList<>();
        lines.add("HTTP API:      " + api + "/api/archive/");
        lines.add("Management:    " + management + "/observe/health, " + management + "/observe/metrics"
                + (Boolean.parseBoolean(property.apply("thywill.jolokia.enabled"))
                ? ", " + management + "/observe/jolokia" : ""));
        return lines;
    }
}
