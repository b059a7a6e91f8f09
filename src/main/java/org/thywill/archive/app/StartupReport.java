package org.thywill.archive.app;

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
        for (Route r : context.getRoutes()) {
            LOG.info("Route {} ({}) <- {}", r.getRouteId(),
                    context.getRouteController().getRouteStatus(r.getRouteId()), r.getEndpoint().getEndpointUri());
        }
        LOG.info("Stop with Ctrl-C or SIGTERM.");
    }
}
