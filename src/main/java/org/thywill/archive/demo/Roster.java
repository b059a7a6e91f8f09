package org.thywill.archive.demo;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The members in registration order (the first is {@code admin}), and who of them could act at a given time. */
final class Roster {

    /** A member acts at the earliest this long after registering. */
    static final long SETTLE_MICROS = 60_000_000L;

    private final List<Member> members;
    private final long[] registeredMicros;

    Roster(List<Member> members) {
        this.members = List.copyOf(members);
        this.registeredMicros = members.stream().mapToLong(m -> DemoClock.micros(m.registeredAt())).toArray();
        for (int i = 1; i < registeredMicros.length; i++) {
            if (registeredMicros[i] < registeredMicros[i - 1]) {
                throw new IllegalArgumentException("members must be in registration order");
            }
        }
    }

    List<Member> members() {
        return members;
    }

    Member admin() {
        return members.get(0);
    }

    /** How many members had registered, and settled, by {@code t}. */
    int settledBy(LocalDateTime t) {
        int i = Arrays.binarySearch(registeredMicros, DemoClock.micros(t) - SETTLE_MICROS);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * A member who could act at {@code t}, the earlier members more often (the founding members of a prayer
     * community carry most of its activity). {@code admin} when nobody else had settled yet.
     */
    Member pick(Random random, LocalDateTime t) {
        int n = Math.max(1, settledBy(t));
        int i = (int) (n * Math.pow(random.nextDouble(), 1.5));
        return members.get(Math.min(i, n - 1));
    }
}
