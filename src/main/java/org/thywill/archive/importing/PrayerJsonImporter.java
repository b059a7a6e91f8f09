package org.thywill.archive.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.app.ThyWillSettings;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.format.prayer.PrayerHeader;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.format.users.RegistrationsFileWriter;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.SqlTime;
import org.thywill.archive.store.reconcile.Reconciler;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.UserRow;

/**
 * {@code thywill import prayers FILE}: the original's JSON schema (an array of objects with {@code text},
 * {@code generated_prayer}, {@code author_name}, {@code author_id}, {@code project_tag}, {@code created_at};
 * reference thywill-operations.md §3.1), done as the original intended and idempotently:
 * <ul>
 *   <li>the file is streamed, one element at a time; each element stands alone (a bad one is reported
 *       with its index and JSON line, the others go on);</li>
 *   <li>a prayer with the same author, text and minute as one the database holds is not imported again;</li>
 *   <li>archive first: the new prayer's file is written (and a registration line for an author the
 *       community did not have) before its rows, so the archives never miss what the database has;</li>
 *   <li>{@code created_at}: ISO-8601; an offset or {@code Z} is turned into UTC; missing means now;
 *       unparsable is an error for that element (the original silently used now).</li>
 * </ul>
 */
public class PrayerJsonImporter {

    static final String DEFAULT_AUTHOR = "Imported User";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ThyWillSettings settings;
    private final DatabaseProvider databases;

    public PrayerJsonImporter(ThyWillSettings settings, DatabaseProvider databases) {
        this.settings = settings;
        this.databases = databases;
    }

    public PrayerJsonReport importFile(String path, boolean dryRun) {
        Path file = Path.of(path);
        PrayerJsonReport report = new PrayerJsonReport(file.toString(), dryRun);
        Database db = databases.get();
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.getFactory().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                report.error(where(file, p.currentLocation()) + ": JSON file must contain an array of prayer objects");
                return report;
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                index++;
                JsonLocation at = p.currentLocation();
                JsonNode element = p.readValueAsTree();
                String label = where(file, at) + ": prayer " + index;
                try {
                    importElement(db, element, dryRun, report);
                } catch (BadElement e) {
                    report.error(label + ": " + e.getMessage());
                } catch (RuntimeException | IOException e) {
                    report.error(label + ": not imported: " + e.getMessage());
                }
            }
        } catch (JsonProcessingException e) {
            report.error(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            report.error(file + ": cannot read: " + e.getMessage());
        }
        return report;
    }

    private void importElement(Database db, JsonNode e, boolean dryRun, PrayerJsonReport report)
            throws BadElement, IOException {
        if (!e.isObject()) {
            throw new BadElement("not an object");
        }
        String text = string(e, "text").orElseThrow(() -> new BadElement("missing \"text\" field"));
        if (text.isBlank()) {
            throw new BadElement("empty \"text\" field");
        }
        String authorName = string(e, "author_name").filter(s -> !s.isBlank()).orElse(DEFAULT_AUTHOR);
        Optional<String> authorId = string(e, "author_id").filter(s -> !s.isBlank());
        String generated = string(e, "generated_prayer").orElse(null);
        String tag = string(e, "project_tag").filter(s -> !s.isBlank()).orElse(null);
        LocalDateTime createdAt = createdAt(e);

        String author = db.read(c -> existingUser(c, authorId.orElse(null)).or(() -> existingUser(c, authorName)))
                .orElse(null);
        boolean newAuthor = author == null;
        String authorUsername = newAuthor ? authorName : author;
        if (db.read(c -> samePrayerExists(c, authorUsername, text, createdAt))) {
            report.alreadyPresent();
            return;
        }
        if (dryRun) {
            if (newAuthor) {
                report.userCreated();
            }
            report.imported(null);
            return;
        }
        // Archive first: the registration line and the prayer file, then the rows.
        if (newAuthor) {
            Path users = settings.archives().resolve(String.format("users/%04d_%02d_users.txt",
                    createdAt.getYear(), createdAt.getMonthValue()));
            if (!Files.exists(users)) {
                DurableFiles.writeNew(users, (RegistrationsFileWriter.header(java.time.YearMonth.from(createdAt)) + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            DurableFiles.appendDurably(users, RegistrationsFileWriter.appendText(
                    Registration.direct(createdAt.truncatedTo(ChronoUnit.MINUTES), authorUsername)));
        }
        String id = Ids.uuidHex();
        String content = PrayerFileWriter.creationText(PrayerHeader.of(id, authorUsername, createdAt).withProjectTag(tag),
                text, generated);
        String relative = writePrayerFile(createdAt, content);
        db.runInTransaction(c -> {
            if (newAuthor && Repositories.USERS.findByDisplayName(c, authorUsername).isEmpty()) {
                Repositories.USERS.insert(c, UserRow.registered(authorUsername, createdAt, null, null,
                        Reconciler.storedPath(String.format("users/%04d_%02d_users.txt", createdAt.getYear(),
                                createdAt.getMonthValue()))));
            }
            Repositories.PRAYERS.insert(c, PrayerRow.submitted(id, authorUsername, text, generated, tag, createdAt,
                    Reconciler.storedPath(relative)));
        });
        if (newAuthor) {
            report.userCreated();
        }
        report.imported(relative);
    }

    /** Writes the new prayer's file at the first free canonical name, never over another file. */
    private String writePrayerFile(LocalDateTime createdAt, String content) throws IOException {
        Path root = settings.archives();
        for (int attempt = 0; attempt < 100; attempt++) {
            String relative = PrayerFileNames.choose(createdAt, rel -> Files.exists(root.resolve(rel)));
            if (DurableFiles.writeNew(root.resolve(relative), content.getBytes(StandardCharsets.UTF_8))) {
                return relative;
            }
        }
        throw new IOException("no free file name for a prayer created at " + createdAt);
    }

    private static Optional<String> existingUser(Connection c, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Repositories.USERS.findByDisplayName(c, name).map(UserRow::displayName);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean samePrayerExists(Connection c, String author, String text, LocalDateTime createdAt)
            throws SQLException {
        LocalDateTime minute = createdAt.truncatedTo(ChronoUnit.MINUTES);
        try (PreparedStatement ps = c.prepareStatement("select 1 from prayer where author_username = ? and text = ?"
                + " and created_at >= ? and created_at < ? limit 1")) {
            ps.setString(1, author);
            ps.setString(2, text);
            ps.setString(3, SqlTime.format(minute));
            ps.setString(4, SqlTime.format(minute.plusMinutes(1)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static LocalDateTime createdAt(JsonNode e) throws BadElement {
        Optional<String> raw = string(e, "created_at").filter(s -> !s.isBlank());
        if (raw.isEmpty()) {
            return LocalDateTime.now(ZoneOffset.UTC);
        }
        String s = raw.get().trim();
        try {
            return OffsetDateTime.parse(s.endsWith("Z") ? s.substring(0, s.length() - 1) + "+00:00" : s)
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException e2) {
                throw new BadElement("created_at is not an ISO-8601 date-time: \"" + s + "\"");
            }
        }
    }

    private static Optional<String> string(JsonNode e, String field) throws BadElement {
        JsonNode v = e.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new BadElement("\"" + field + "\" must be a string");
        }
        return Optional.of(v.asText());
    }

    private static String where(Path file, JsonLocation at) {
        return file + ":" + at.getLineNr();
    }

    /** One element of the array that cannot be imported; the others go on. */
    private static final class BadElement extends Exception {
        BadElement(String message) {
            super(message);
        }
    }
}
