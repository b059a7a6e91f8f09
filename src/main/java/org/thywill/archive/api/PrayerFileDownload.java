package org.thywill.archive.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.thywill.archive.bundle.StoredPaths;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.Repositories;

/**
 * {@code GET /api/archive/prayer/{prayer_id}/file}: the prayer's archive file, byte for byte, as
 * {@code text/plain; charset=utf-8}, attachment {@code prayer_<id>_<YYYY_MM_DD>.txt} (reference operations §6.2).
 * 404 "Prayer not found" for an unknown id; 403 "Access denied" when {@link PrayerVisibility} hides it from the
 * caller; 404 "No archive file for this prayer" when none is recorded; 404 "Archive file not found" when the
 * recorded path is not a regular file inside the archive root ({@link StoredPaths}: {@code ..}, absolute paths
 * outside the root and links are refused, so the file is never read).
 */
public final class PrayerFileDownload {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu_MM_dd", Locale.ROOT);

    private final Path archiveRoot;
    private final Supplier<Database> database;

    public PrayerFileDownload(Path archiveRoot, Supplier<Database> database) {
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
        this.database = Objects.requireNonNull(database, "database");
    }

    public void respond(Exchange exchange) throws IOException {
        Caller caller = SessionAuthenticator.caller(exchange);
        String prayerId = SessionAuthenticator.request(exchange).segment(3);
        record Found(PrayerRow prayer, List<PrayerAttributeRow> attributes) {
        }
        Found found = database.get().read(c -> {
            PrayerRow prayer = Repositories.PRAYERS.findById(c, prayerId)
                    .orElseThrow(() -> ApiException.notFound("Prayer not found"));
            return new Found(prayer, Repositories.PRAYER_ATTRIBUTES.findByPrayer(c, prayerId));
        });
        if (!PrayerVisibility.mayRead(caller, found.prayer(), found.attributes())) {
            throw ApiException.forbidden("Access denied");
        }
        String stored = found.prayer().textFilePath();
        if (stored == null || stored.isBlank()) {
            throw ApiException.notFound("No archive file for this prayer");
        }
        Path file = StoredPaths.resolve(archiveRoot, stored).file();
        if (file == null) {
            throw ApiException.notFound("Archive file not found");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException gone) {
            throw ApiException.notFound("Archive file not found");
        }
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        out.setHeader("Content-Disposition", ContentDisposition.attachment(
                "prayer_" + prayerId + "_" + DAY.format(found.prayer().createdAt()) + ".txt"));
        out.setBody(content);
    }
}
