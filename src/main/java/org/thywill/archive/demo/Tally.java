package org.thywill.archive.demo;

import java.util.EnumMap;
import java.util.Map;

/** The running counts of one generation. */
final class Tally {

    private final long[] counts = new long[DemoCount.values().length];

    void add(DemoCount what) {
        counts[what.ordinal()]++;
    }

    void add(DemoCount what, long n) {
        counts[what.ordinal()] += n;
    }

    long get(DemoCount what) {
        return counts[what.ordinal()];
    }

    Map<DemoCount, Long> snapshot() {
        Map<DemoCount, Long> out = new EnumMap<>(DemoCount.class);
        for (DemoCount c : DemoCount.values()) {
            out.put(c, counts[c.ordinal()]);
        }
        return out;
    }
}
