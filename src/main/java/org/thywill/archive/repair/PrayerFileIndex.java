package org.thywill.archive.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.prayer.PrayerFileName;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.heal.ArchiveRoot;

/**
 * The prayer files of an archive tree, {@code prayers/YYYY/MM/YYYY_MM_DD_prayer_at_HHMM[_N].txt} (names the original
 * would give; other files are not prayer files), each with the prayer id of its first line
 * {@code Prayer <id> by <author>}, or none for a headerless file (reference B16). Only first lines are read.
 * Links are not followed. Repair updates it as it plans: a restored header gives a file its id, a quarantined copy
 * leaves the tree, so later steps (and a dry run) see the tree as it will be.
 */
final class PrayerFileIndex {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{2}");
    /** The longest first line read; a header is far shorter (ids are 32 hex, names at most 50 characters). */
    private static final int FIRST_LINE_LIMIT = 64 * 1024;

    /** One prayer file; {@code id} is {@code null} when its first line is not a header. */
    record Entry(String relative, PrayerFileName name, String id) {
        boolean headerless() {
            return id == null;
        }
    }

    /** By relative path, in path order (so a minute's plain name comes before its {@code _2}, {@code _3}…). */
    private final TreeMap<String, Entry> entries = new TreeMap<>();

    private PrayerFileIndex() {
    }

    static PrayerFileIndex scan(ArchiveRoot root) {
        PrayerFileIndex index = new PrayerFileIndex();
        Path prayers = root.resolve("prayers");
        for (Path year : list(prayers)) {
            if (!YEAR.matcher(year.getFileName().toString()).matches() || !isDirectory(year)) {
                continue;
            }
            for (Path month : list(year)) {
                if (!MONTH.matcher(month.getFileName().toString()).matches() || !isDirectory(month)) {
                    continue;
                }
                for (Path file : list(month)) {
                    String relative = root.root().relativize(file).toString().replace('\\', '/');
                    Optional<PrayerFileName> name = PrayerFileNames.parseRelativePath(relative);
                    if (name.isPresent() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        index.entries.put(relative, new Entry(relative, name.get(), headerId(file)));
                    }
                }
            }
        }
        return index;
    }

    Optional<Entry> get(String relative) {
        return Optional.ofNullable(entries.get(relative));
    }

    /** Whether {@code relative} has the shape of a prayer file path (then this index alone says whether it exists). */
    static boolean isPrayerPath(String relative) {
        return PrayerFileNames.parseRelativePath(relative).isPresent();
    }

    /** Every prayer file, in path order. */
    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    List<Entry> headerless() {
        return entries.values().stream().filter(Entry::headerless).toList();
    }

    /** Every prayer id carried by more than one file, with its files (lowest suffix first). */
    Map<String, List<Entry>> idsInSeveralFiles() {
        Map<String, List<Entry>> byId = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            if (!e.headerless()) {
                byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
            }
        }
        byId.values().removeIf(files -> files.size() < 2);
        byId.values().forEach(files -> files.sort(BY_NAME));
        return byId;
    }

    /** The files whose header carries {@code id} at the canonical names of {@code createdAt}'s minute, lowest suffix first. */
    List<Entry> carriersAtCanonicalNames(String id, LocalDateTime createdAt) {
        String plain = PrayerFileNames.relativePath(createdAt);
        String prefix = plain.substring(0, plain.length() - ".txt".length());
        LocalDateTime minute = ArchiveTime.toMinute(createdAt);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.tailMap(prefix, true).values()) {
            if (!e.relative().startsWith(prefix)) {
                break;
            }
            if (e.name().createdAt().equals(minute) && id.equals(e.id())) {
                out.add(e);
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    /** Every file whose header carries {@code id}, wherever it is. */
    List<Entry> carriers(String id) {
        return entries.values().stream().filter(e -> id.equals(e.id())).sorted(BY_NAME).toList();
    }

    /** A file's header now carries {@code id} (a restored header). */
    void carries(String relative, String id) {
        Entry e = entries.get(relative);
        entries.put(relative, new Entry(relative, e.name(), id));
    }

    /** A file left the tree (moved into quarantine). */
    void remove(String relative) {
        entries.remove(relative);
    }

    private static final Comparator<Entry> BY_NAME = Comparator
            .comparing((Entry e) -> e.name().createdAt())
            .thenComparingInt(e -> e.name().suffix());

    /**
     * The id of {@code Prayer <id> by …} on the first line of {@code file}, or {@code null} when the first line is
     * no header or the file cannot be read (the step that reads it whole then says why).
     */
    static String headerId(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            head = in.readNBytes(FIRST_LINE_LIMIT);
        } catch (IOException e) {
            return null;
        }
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        return headerId(new String(head, 0, end, StandardCharsets.UTF_8));
    }

    /** The id a first line gives, as {@code PrayerFileReader} reads it: before the first {@code " by "}. */
    static String headerId(String firstLine) {
        if (!firstLine.startsWith("Prayer ")) {
            return null;
        }
        int by = firstLine.indexOf(" by ", "Prayer ".length());
        return by < 0 ? null : firstLine.substring("Prayer ".length(), by);
    }

    private static List<Path> list(Path dir) {
        if (!isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private static boolean isDirectory(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }
}
