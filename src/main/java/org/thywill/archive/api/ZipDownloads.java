package org.thywill.archive.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thywill.archive.bundle.BundleResult;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.Repositories;

/**
 * The steps around the bundle routes for the two ZIP downloads. Before: the access check, the headers the bundle
 * route takes, and a {@link DownloadLimiter} permit held while the ZIP is built (released once it is built, or when
 * the exchange ends if the build failed). After: the ZIP streamed as the response.
 *
 * <p>The API's builds are not kept: each is built by {@code build-member-bundle} / {@code build-community-bundle}
 * into the downloads folder under its own unique name (so concurrent downloads never share a file), opened, and
 * unlinked at once; the response streams from the open file, whose space is freed when the stream is closed. A
 * crash between build and unlink leaves the file to the {@code bundle-cleanup} route.
 */
public final class ZipDownloads {

    private static final Logger LOG = LoggerFactory.getLogger(ZipDownloads.class);
    private static final String PERMIT = "thywillDownloadPermit";

    private final Supplier<Database> database;
    private final DownloadLimiter limiter;

    public ZipDownloads(Supplier<Database> database, DownloadLimiter limiter) {
        this.database = Objects.requireNonNull(database, "database");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    /** {@code GET /api/archive/user/{user_id}/download[?include_community=…]}: before {@code build-member-bundle}. */
    public void member(Exchange exchange) {
        Caller caller = SessionAuthenticator.caller(exchange);
        RequestLine request = SessionAuthenticator.request(exchange);
        String userId = request.segment(3);
        ArchiveAccess.requireSelfOrAdmin(caller, userId);
        boolean includeCommunity = request.parameter("include_community").map(ZipDownloads::bool).orElse(true);
        if (!database.get().read(c -> Repositories.USERS.exists(c, userId))) {
            throw ApiException.notFound("User not found");
        }
        hold(exchange, limiter.acquire(caller.displayName()));
        Message in = exchange.getMessage();
        in.setHeader("thywillDisplayName", userId);
        in.setHeader("thywillIncludeCommunity", includeCommunity);
    }

    /** {@code GET /api/archive/community/download}: before {@code build-community-bundle}. */
    public void community(Exchange exchange) {
        Caller caller = SessionAuthenticator.caller(exchange);
        ArchiveAccess.requireAdmin(caller);
        hold(exchange, limiter.acquire(caller.displayName()));
    }

    /** After a bundle route: its {@link BundleResult} becomes the streamed {@code application/zip} response. */
    public void stream(Exchange exchange) throws IOException, org.apache.camel.InvalidPayloadException {
        BundleResult built = exchange.getMessage().getMandatoryBody(BundleResult.class);
        InputStream zip = Files.newInputStream(built.path());
        DownloadLimiter.Permit permit = exchange.getProperty(PERMIT, DownloadLimiter.Permit.class);
        if (permit != null) {
            permit.close(); // built: streaming a file costs little
        }
        try {
            Files.delete(built.path());
        } catch (IOException e) {
            // a file system that cannot unlink an open file: bundle-cleanup removes it later
            LOG.debug("could not remove {} while streaming it: {}", built.path(), e.toString());
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                closeQuietly(zip);
            }
        });
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        out.setHeader(Exchange.CONTENT_TYPE, "application/zip");
        out.setHeader("Content-Disposition", ContentDisposition.attachment(built.path().getFileName().toString()));
        out.setBody(zip);
    }

    private static void hold(Exchange exchange, DownloadLimiter.Permit permit) {
        exchange.setProperty(PERMIT, permit);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                permit.close();
            }
        });
    }

    /** FastAPI's bool parsing of a query parameter: true/false, 1/0, yes/no, on/off (any case); else 422. */
    static boolean bool(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y":
                return true;
            case "false", "0", "no", "off", "f", "n":
                return false;
            default:
                throw new ApiException(422, "include_community must be true or false");
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.debug("closing a streamed bundle: {}", e.toString());
        }
    }
}
