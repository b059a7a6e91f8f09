package org.thywill.archive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The addresses the start-up report gives: the hosts the servers are bound to, never Camel's 0.0.0.0. */
class StartupReportTest {

    private final Map<String, String> properties = new HashMap<>(Map.of("thywill.http.host", "127.0.0.1",
            "thywill.http.port", "8080", "thywill.management.host", "127.0.0.1", "thywill.management.port", "9876",
            "thywill.jolokia.enabled", "false"));

    @Test
    void theApiAndTheManagementEndpointsAreGivenWithTheirBoundHost() {
        assertThat(StartupReport.addresses(properties::get)).containsExactly(
                "HTTP API:      http://127.0.0.1:8080/api/archive/",
                "Management:    http://127.0.0.1:9876/observe/health, http://127.0.0.1:9876/observe/metrics");
    }

    @Test
    void jolokiaIsListedOnlyWhenEnabled() {
        properties.put("thywill.jolokia.enabled", "true");
        properties.put("thywill.management.port", "9999");
        assertThat(StartupReport.addresses(properties::get)).last().asString()
                .endsWith(", http://127.0.0.1:9999/observe/jolokia");
    }
}
