package org.thywill.archive.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-user limit on ZIP builds through the API (the original had none, reference operations §9 item 24):
 * at most {@code maxConcurrent} builds of one user at a time, and at most {@code maxPerMinute} started in any
 * 60 seconds. A refused build is a 429 with a {@code Retry-After}: the seconds until the oldest build of the
 * window leaves it, or {@value #BUSY_RETRY_SECONDS} when the user's builds are still running. A build holds its
 * permit until its ZIP is written (not while it is streamed). Member and
 * community downloads share one budget per caller. In memory: a restart forgets it.
 */
public final class DownloadLimiter {

    static final long BUSY_RETRY_SECONDS = 5;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int maxConcurrent;
    private final int maxPerMinute;
    private final Clock clock;
    private final Map<String, Usage> users = new HashMap<>();

    private static final class Usage {
        int running;
        final Deque<Instant> started = new ArrayDeque<>();
    }

    /** A build that holds one of its user's slots until closed. Closing twice releases once. */
    public final class Permit implements AutoCloseable {
        private final String user;
        private boolean open = true;

        private Permit(String user) {
            this.user = user;
        }

        @Override
        public void close() {
            synchronized (DownloadLimiter.this) {
                if (open) {
                    open = false;
                    Usage u = users.get(user);
                    u.running--;
                    forgetIfIdle(user, u, clock.instant());
                }
            }
        }
    }

    public DownloadLimiter(int maxConcurrent, int maxPerMinute, Clock clock) {
        if (maxConcurrent < 1 || maxPerMinute < 1) {
            throw new IllegalArgumentException("download limits must be at least 1 (got " + maxConcurrent + " at a time, "
                    + maxPerMinute + " a minute)");
        }
        this.maxConcurrent = maxConcurrent;
        this.maxPerMinute = maxPerMinute;
        this.clock = clock;
    }

    /** A permit for one more build by {@code user}, or a 429 {@link ApiException}. */
    public synchronized Permit acquire(String user) {
        Instant now = clock.instant();
        Usage u = users.computeIfAbsent(user, k -> new Usage());
        while (!u.started.isEmpty() && !u.started.peekFirst().plus(WINDOW).isAfter(now)) {
            u.started.removeFirst();
        }
        if (u.running >= maxConcurrent) {
            throw new ApiException(429, "A download is already being prepared for you; try again when it is done",
                    BUSY_RETRY_SECONDS);
        }
        if (u.started.size() >= maxPerMinute) {
            long wait = Duration.between(now, u.started.peekFirst().plus(WINDOW)).toMillis();
            throw new ApiException(429, "Too many downloads; at most " + maxPerMinute + " a minute",
                    Math.max(1, (wait + 999) / 1000));
        }
        u.running++;
        u.started.addLast(now);
        return new Permit(user);
    }

    /** How many builds of {@code user} hold a permit now. */
    public synchronized int running(String user) {
        Usage u = users.get(user);
        return u == null ? 0 : u.running;
    }

    private void forgetIfIdle(String user, Usage u, Instant now) {
        if (u.running == 0 && (u.started.isEmpty() || !u.started.peekLast().plus(WINDOW).isAfter(now))) {
            users.remove(user);
        }
    }
}
