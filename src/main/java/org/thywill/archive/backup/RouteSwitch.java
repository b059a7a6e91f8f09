package org.thywill.archive.backup;

import java.util.List;

/** The routes a restore stops while it swaps the database, and starts again after. */
public interface RouteSwitch {

    /** Stops those of its routes that are started; returns the ones it stopped, in the order it stopped them. */
    List<String> stopStarted();

    /**
     * Starts {@code stopped} again, in the reverse order; a route that will not start is reported and the others are
     * started regardless.
     */
    Restart start(List<String> stopped);

    /**
     * @param started  the routes started again, in the order started
     * @param problems one per route that would not start
     */
    record Restart(List<String> started, List<String> problems) {
        static final Restart NOTHING = new Restart(List.of(), List.of());
    }

    /** No routes (a restore outside a running CamelContext). */
    RouteSwitch NONE = new RouteSwitch() {
        @Override
        public List<String> stopStarted() {
            return List.of();
        }

        @Override
        public Restart start(List<String> stopped) {
            return Restart.NOTHING;
        }
    };
}
