package org.thywill.archive.api;

import java.util.Map;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thywill.archive.bundle.UnknownMemberException;

/**
 * The answer to a failed API request, {@code {"detail": …}} as the original's: an {@link ApiException} gives its
 * own status and detail (and {@code Retry-After} for 429); a member bundle asked for a user that does not exist is
 * 404 "User not found"; anything else is a 500 with the route's fixed failure text (exchange property
 * {@value #FAILURE}, e.g. "Archive creation failed"), logged here with its cause. Unlike the original, the
 * exception's message is not sent: it may name server paths.
 */
public final class ApiErrorResponse {

    /** The exchange property with the route's 500 detail. */
    public static final String FAILURE = "thywillApiFailure";

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorResponse.class);

    public void write(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        ApiException answer = answer(exchange, e);
        if (answer.status() >= 500) {
            Caller caller = exchange.getProperty(Caller.PROPERTY, Caller.class);
            LOG.error("{} {} failed for {}: {}", exchange.getFromRouteId(), requestPath(exchange),
                    caller == null ? "an unauthenticated caller" : caller.displayName(), answer.detail(), e);
        } else if (answer.status() != 401 && answer.status() != 403) {
            LOG.debug("{} answered {}", exchange.getFromRouteId(), answer.getMessage());
        }
        JsonResponse.write(exchange, answer.status(), Map.of("detail", answer.detail()));
        if (answer.retryAfterSeconds() > 0) {
            exchange.getMessage().setHeader("Retry-After", Long.toString(answer.retryAfterSeconds()));
        }
    }

    private static ApiException answer(Exception e) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof UnknownMemberException || e != null && e.getCause() instanceof UnknownMemberException) {
            return ApiException.notFound("User not found");
        }
        return null;
    }

    private ApiException answer(Exchange exchange, Exception e) {
        ApiException known = answer(e);
        return known != null ? known
                : new ApiException(500, exchange.getProperty(FAILURE, "Internal server error", String.class));
    }

    private static String requestPath(Exchange exchange) {
        RequestLine request = SessionAuthenticator.request(exchange);
        return request == null ? "(request)" : "/" + String.join("/", request.segments());
    }
}
