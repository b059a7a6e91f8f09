package org.thywill.archive.recovery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.thywill.archive.backup.RouteSwitch;

/** A {@link RouteSwitch} outside Camel that remembers what it was asked to stop and start, and whether it is stopped. */
final class RecordingRoutes implements RouteSwitch {

    private final List<String> routes;
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    volatile boolean stopped;

    RecordingRoutes(String... routes) {
        this.routes = List.of(routes);
    }

    @Override
    public List<String> stopStarted() {
        stopped = true;
        routes.forEach(r -> events.add("stop " + r));
        return routes;
    }

    @Override
    public Restart start(List<String> ids) {
        List<String> started = new ArrayList<>(ids);
        Collections.reverse(started);
        started.forEach(r -> events.add("start " + r));
        stopped = false;
        return new Restart(List.copyOf(started), List.of());
    }
}
