package org.thywill.archive.api;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.SessionRow;

/**
 * The first step of every API route: who is calling, from ThyWill's {@code sid} session cookie (PRODUCT.md
 * "Security", reference operations §6.1). Accepted: a {@code session} row with that id whose {@code expires_at}
 * (naive UTC) is later than now (UTC), whose user exists and does not hold the {@code deactivated} role, and that is
 * fully authenticated. Refused, in this order, with the original's answers: 401 {@code no_session},
 * {@code invalid_session}, {@code expired_session}, {@code user_deleted}, {@code account_deactivated}; then 403
 * "Full authentication required". The caller is an admin when they hold the {@code admin} role ({@link UserRoles}),
 * whatever their name. The database is only read: unlike the original, no session row is deleted here.
 *
 * <p>It also takes the request apart before anything else runs: the request line is kept in the exchange property
 * {@value #REQUEST}, and every header platform-http made of the request is removed, so no client header reaches
 * the bundle routes (which take {@code thywill*} headers) nor is echoed into the response (the {@code Cookie}
 * among them).
 */
public final class SessionAuthenticator {

    /** The exchange property holding the {@link RequestLine}. */
    public static final String REQUEST = "thywillRequest";

    private final Supplier<Database> database;
    private final Clock clock;

    public SessionAuthenticator(Supplier<Database> database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void authenticate(Exchange exchange) {
        Message in = exchange.getMessage();
        Object cookies = in.getHeader("Cookie");
        String uri = in.getHeader(Exchange.HTTP_URI, String.class);
        in.removeHeaders("*");
        in.setBody(null);
        exchange.setProperty(REQUEST, RequestLine.parse(uri));
        String sid = SidCookie.from(cookies).orElseThrow(() -> ApiException.unauthorized("no_session"));
        exchange.setProperty(Caller.PROPERTY, callerOf(sid));
    }

    /** The caller a session id stands for, or the {@link ApiException} that refuses it. */
    public Caller callerOf(String sid) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return database.get().read(c -> {
            Optional<SessionRow> found = Repositories.SESSIONS.findById(c, sid);
            if (found.isEmpty()) {
                throw ApiException.unauthorized("invalid_session");
            }
            SessionRow session = found.get();
            if (!session.expiresAt().isAfter(now)) {
                throw ApiException.unauthorized("expired_session");
            }
            if (!Repositories.USERS.exists(c, session.username())) {
                throw ApiException.unauthorized("user_deleted");
            }
            Set<String> roles = UserRoles.current(c, session.username(), now);
            if (roles.contains(UserRoles.DEACTIVATED)) {
                throw ApiException.unauthorized("account_deactivated");
            }
            if (!session.isFullyAuthenticated()) {
                throw ApiException.forbidden("Full authentication required");
            }
            return new Caller(session.username(), roles.contains(UserRoles.ADMIN));
        });
    }

    /** The caller {@link #authenticate} accepted. */
    public static Caller caller(Exchange exchange) {
        Caller caller = exchange.getProperty(Caller.PROPERTY, Caller.class);
        if (caller == null) {
            throw new IllegalStateException("the route did not authenticate the request first");
        }
        return caller;
    }

    public static RequestLine request(Exchange exchange) {
        return exchange.getProperty(REQUEST, RequestLine.class);
    }
}
