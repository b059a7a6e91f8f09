package org.thywill.archive.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.main.Main;

/**
 * Builds the one Camel Main every entry point shares: the long-running service ({@code ./thywill run})
 * and the one-shot CLI commands, which start the same routes without their triggers (file watchers,
 * schedules, HTTP) and send to a route's {@code direct:} entry point.
 */
public final class ThyWillMain {

    /** Consumers that trigger work by themselves; a one-shot command does not start routes fed by them. */
    static final String TRIGGER_ENDPOINTS = "file:*,quartz:*,timer:*,cron:*,scheduler:*,platform-http:*";

    private ThyWillMain() {
    }

    public enum Mode { SERVICE, ONE_SHOT }

    /**
     * @param configFile an extra properties file layered over the packaged defaults, or null
     * @param overrides  settings that beat every other source (command-line options)
     */
    public static Main create(Mode mode, Path configFile, Map<String, String> overrides) {
        Main main = new Main();
        // The first location that holds a key wins: the operator's file, then the packaged defaults.
        String locations = "classpath:config/application.properties";
        if (configFile != null) {
            locations = "file:" + configFile.toAbsolutePath().normalize() + "," + locations;
        }
        main.setPropertyPlaceholderLocations(locations);
        main.configure().addConfiguration(ThyWillConfiguration.class);
        Map<String, String> all = new LinkedHashMap<>();
        if (mode == Mode.ONE_SHOT) {
            all.put("camel.main.auto-startup-exclude-pattern", TRIGGER_ENDPOINTS);
            // Nobody manages a command that lives for one request over JMX; registering the MBeans costs start-up time.
            all.put("camel.main.jmx-enabled", "false");
            // Nor does it serve HTTP: the running service may hold the port.
            all.put("camel.server.enabled", "false");
            // Nor the management port (health, metrics, Jolokia), for the same reason.
            all.put("camel.management.enabled", "false");
        }
        all.putAll(overrides);
        all.forEach(main::addOverrideProperty);
        if (mode == Mode.SERVICE) {
            main.addMainListener(new OneServicePerDatabase());
            main.addMainListener(new FreePorts());
            main.addMainListener(new StartupReport());
        }
        return main;
    }
}
