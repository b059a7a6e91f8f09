package org.thywill.archive.demo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What {@code generate-demo} made: where, from which seed, how much of each kind, and how long it took. */
public record DemoSummary(Path out, long seed, Map<DemoCount, Long> counts, long elapsedMillis) {

    public DemoSummary {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public long count(DemoCount what) {
        return counts.getOrDefault(what, 0L);
    }
}
