package org.thywill.archive.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * {@code DELETE /api/archive/downloads/cleanup}, after the bundle service's cleanup ran (the same as the
 * {@code bundle-cleanup} route's): {@code {"message": "Download cleanup completed", "deleted": N}}. Unlike the
 * original's "Download cleanup scheduled", the cleanup is done when the answer comes.
 */
public final class DownloadsCleanupResponse {

    public void respond(Exchange exchange) {
        List<?> deleted = exchange.getMessage().getBody(List.class);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Download cleanup completed");
        body.put("deleted", deleted == null ? 0 : deleted.size());
        JsonResponse.write(exchange, 200, body);
    }
}
