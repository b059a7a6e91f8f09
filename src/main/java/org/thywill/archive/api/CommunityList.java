package org.thywill.archive.api;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;

/**
 * {@code GET /api/archive/community/list}: {@code {"archives": [...]}}, entries {@code {type, period, path,
 * file_count, compressed}} as the original's (reference operations §6.6):
 * <ul>
 *   <li>{@code prayers}: each {@code prayers/<digits>/<digits>/} folder holding {@code .txt} files, period
 *       {@code YYYY-MM}, {@code file_count} its {@code .txt} files;</li>
 *   <li>{@code users}: each {@code users/*.txt}, period the name without {@code .txt} and {@code _users}
 *       ({@code 2024_06}, {@code user_attributes}); {@code activity}: each {@code activity/*.txt}, period the name
 *       without {@code .txt} and {@code activity_}; both with {@code file_count} 1;</li>
 *   <li>{@code *.zip} files in {@code users/} and {@code activity/} likewise, with {@code compressed: true}.</li>
 * </ul>
 * Unlike the original, {@code path} is relative to the archive root ({@code prayers/2024/06},
 * {@code users/2024_06_users.txt}), links are not followed (nor listed), and the order is by period correctly:
 * periods are compared as {@code YYYY-MM} whether written {@code 2024-06} or {@code 2024_06}, newest first; entries
 * whose period is not a month ({@code user_attributes}…) come after all dated ones, by period; ties by type, then
 * path. The periods themselves are given as the files name them.
 */
public final class CommunityList {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-_](\\d{2})");

    private final Path archiveRoot;

    public CommunityList(Path archiveRoot) {
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
    }

    public void respond(Exchange exchange) throws IOException {
        SessionAuthenticator.caller(exchange);
        JsonResponse.write(exchange, 200, Map.of("archives", entries()));
    }

    List<Map<String, Object>> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path year : children(archiveRoot.resolve("prayers"))) {
            if (!isDirectory(year) || !DIGITS.matcher(name(year)).matches()) {
                continue;
            }
            for (Path month : children(year)) {
                if (!isDirectory(month) || !DIGITS.matcher(name(month)).matches()) {
                    continue;
                }
                long count = children(month).stream().filter(f -> isFile(f) && name(f).endsWith(".txt")).count();
                if (count > 0) {
                    entries.add(new Entry("prayers", name(year) + "-" + name(month),
                            "prayers/" + name(year) + "/" + name(month), count, false));
                }
            }
        }
        files(entries, "users", "", "_users");
        files(entries, "activity", "activity_", "");
        entries.sort(ORDER);
        List<Map<String, Object>> json = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type);
            m.put("period", e.period);
            m.put("path", e.path);
            m.put("file_count", e.fileCount);
            m.put("compressed", e.compressed);
            json.add(m);
        }
        return json;
    }

    private void files(List<Entry> entries, String folder, String prefix, String suffix) throws IOException {
        for (Path f : children(archiveRoot.resolve(folder))) {
            String name = name(f);
            boolean zip = name.endsWith(".zip");
            if (!isFile(f) || !zip && !name.endsWith(".txt")) {
                continue;
            }
            String stem = name.substring(0, name.length() - 4);
            if (!prefix.isEmpty() && stem.startsWith(prefix)) {
                stem = stem.substring(prefix.length());
            }
            if (!suffix.isEmpty() && stem.endsWith(suffix)) {
                stem = stem.substring(0, stem.length() - suffix.length());
            }
            entries.add(new Entry(folder, stem, folder + "/" + name, 1, zip));
        }
    }

    private record Entry(String type, String period, String path, long fileCount, boolean compressed) {
        /** {@code YYYY-MM} for a period that is a month, else null. */
        String month() {
            Matcher m = MONTH.matcher(period);
            return m.matches() ? m.group(1) + "-" + m.group(2) : null;
        }
    }

    private static final Comparator<Entry> ORDER = (a, b) -> {
        String ma = a.month();
        String mb = b.month();
        if (ma != null && mb != null && !ma.equals(mb)) {
            return mb.compareTo(ma);
        }
        if (ma == null != (mb == null)) {
            return ma != null ? -1 : 1;
        }
        if (ma == null && !a.period.equals(b.period)) {
            return a.period.compareTo(b.period);
        }
        int byType = a.type.compareTo(b.type);
        return byType != 0 ? byType : a.path.compareTo(b.path);
    };

    private static List<Path> children(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        }
        return out;
    }

    private static boolean isDirectory(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isFile(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
