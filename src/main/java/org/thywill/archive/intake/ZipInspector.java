package org.thywill.archive.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.compress.archivers.zip.GeneralPurposeBit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.thywill.archive.format.ArchiveKind;

/**
 * Checks a dropped ZIP by its central directory alone, before a byte of it is extracted, and finds the folder
 * that holds the archive tree. A ZIP may be the original's community bundle ({@code complete_site_archive/…}),
 * one of our bundles, or any ZIP of a {@code text_archives} tree with or without a top folder.
 *
 * <p>Refused (the whole drop, with a reason naming the entry): a file with no readable central directory
 * (truncated, corrupt, not a ZIP); more entries than the limit; unsafe entry names (see {@link EntryNames}:
 * {@code ..}, absolute, drive letter, control characters); the same name twice, or a name that is both a file
 * and a folder; symbolic links and other non-regular files; encrypted entries; compression methods that cannot
 * be read; an entry declaring more than the per-entry limit; declared sizes adding up to more than the total
 * limit; no archive file at all; two archive trees side by side.
 *
 * <p>Skipped (reported, not errors): {@code __MACOSX/}, hidden files and folders, files outside the archive
 * root, and files whose path is no archive kind (the community bundle's {@code README.txt},
 * {@code archive_metadata.json}, {@code foundational_prayers/}). Folder entries are ignored.
 */
public final class ZipInspector {

    /**
     * The compression methods commons-compress decodes by itself. It also says it reads Zstandard and XZ, but only
     * with optional libraries this service does not ship: such an entry would fail with NoClassDefFoundError while
     * it is staged, instead of being refused here.
     */
    private static final Set<ZipMethod> DECODED_HERE = EnumSet.of(ZipMethod.STORED, ZipMethod.DEFLATED,
            ZipMethod.ENHANCED_DEFLATED, ZipMethod.BZIP2, ZipMethod.UNSHRINKING, ZipMethod.IMPLODING);


    private static final int UNIX_FILE_TYPE = 0170000;
    private static final int UNIX_REGULAR = 0100000;
    private static final int UNIX_DIRECTORY = 0040000;

    private ZipInspector() {
    }

    /** Inspects with {@link ZipLimits#DEFAULTS}. */
    public static ZipInspection inspect(Path zip) throws DropRejectedException, IOException {
        return inspect(zip, ZipLimits.DEFAULTS);
    }

    /**
     * @throws DropRejectedException when the ZIP is refused; the message is the reason
     * @throws IOException           when the file cannot be read at all (missing, unreadable)
     */
    public static ZipInspection inspect(Path zip, ZipLimits limits) throws DropRejectedException, IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("not a regular file: " + zip);
        }
        OptionalLong declared = EndOfCentralDirectory.declaredEntries(zip);
        if (declared.isPresent() && declared.getAsLong() > limits.maxEntries()) {
            throw tooManyEntries(declared.getAsLong(), limits);
        }
        try (ZipFile zipFile = ZipFile.builder().setPath(zip).setIgnoreLocalFileHeader(true).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zipFile.getEntriesInPhysicalOrder());
            if (entries.size() > limits.maxEntries()) {
                throw tooManyEntries(entries.size(), limits);
            }
            return inspect(zip, limits, zipFile, entries);
        } catch (IOException | RuntimeException e) {
            throw new DropRejectedException("not a readable ZIP file: its central directory is missing or corrupt"
                    + " (truncated or damaged?)", e);
        }
    }

    /** Whether the file starts like a ZIP ({@code PK\3\4}, or {@code PK\5\6} for an empty one). */
    public static boolean looksLikeZip(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        return n == 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    private static ZipInspection inspect(Path zip, ZipLimits limits, ZipFile zipFile, List<ZipArchiveEntry> entries)
            throws DropRejectedException {
        Set<String> directories = new LinkedHashSet<>();
        List<ZipArchiveEntry> fileEntries = new ArrayList<>();
        List<String> filePaths = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (ZipArchiveEntry e : entries) {
            String name = e.getName();
            String path = EntryNames.check(name);
            if (!seen.add(path)) {
                throw EntryNames.rejected(name, "the ZIP holds this name more than once");
            }
            if (e.isUnixSymlink()) {
                throw EntryNames.rejected(name, "it is a symbolic link");
            }
            boolean directory = e.isDirectory() || EntryNames.isDirectoryName(name);
            checkFileType(e, directory);
            if (directory) {
                directories.add(name);
                continue;
            }
            GeneralPurposeBit flags = e.getGeneralPurposeBit();
            if (flags.usesEncryption() || flags.usesStrongEncryption()) {
                throw EntryNames.rejected(name, "it is encrypted");
            }
            checkReadable(zipFile, e);
            long size = e.getSize();
            if (size < 0) {
                throw EntryNames.rejected(name, "the central directory declares no uncompressed size for it");
            }
            if (size > limits.maxEntryBytes()) {
                throw EntryNames.rejected(name, "it declares " + size + " bytes uncompressed, more than the"
                        + " per-entry limit of " + limits.maxEntryBytes() + " bytes");
            }
            total += size;
            fileEntries.add(e);
            filePaths.add(path);
        }
        if (total > limits.maxTotalBytes()) {
            throw new DropRejectedException("the ZIP's entries declare " + total + " bytes uncompressed in total,"
                    + " more than the limit of " + limits.maxTotalBytes() + " bytes");
        }
        checkFileFolderClashes(fileEntries, filePaths);
        return classify(zip, limits, fileEntries, filePaths, directories, total);
    }

    private static ZipInspection classify(Path zip, ZipLimits limits, List<ZipArchiveEntry> fileEntries,
                                          List<String> filePaths, Set<String> directories, long total)
            throws DropRejectedException {
        List<SkippedEntry> skipped = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        TreeSet<String> roots = new TreeSet<>();
        for (int i = 0; i < fileEntries.size(); i++) {
            String reason = EntryNames.skipReason(filePaths.get(i));
            if (reason != null) {
                skipped.add(new SkippedEntry(fileEntries.get(i).getName(), reason));
                continue;
            }
            candidates.add(i);
            rootOf(filePaths.get(i)).ifPresent(roots::add);
        }
        String root = chooseRoot(roots);
        List<InspectedEntry> files = new ArrayList<>();
        for (int i : candidates) {
            String name = fileEntries.get(i).getName();
            String path = filePaths.get(i);
            if (!path.startsWith(root)) {
                skipped.add(new SkippedEntry(name, "outside the archive root '" + root + "'"));
                continue;
            }
            String relative = path.substring(root.length());
            Optional<ArchiveKind> kind = ArchiveKind.of(relative);
            if (kind.isEmpty()) {
                skipped.add(new SkippedEntry(name, "not an archive file ('" + relative
                        + "' is no archive path)"));
                continue;
            }
            files.add(new InspectedEntry(name, relative, kind.get(), fileEntries.get(i).getSize()));
        }
        return new ZipInspection(zip, limits, root, files, skipped, directories, total);
    }

    /** The shortest folder prefix of {@code path} after which the rest is an archive path, if any. */
    static Optional<String> rootOf(String path) {
        int from = 0;
        while (true) {
            if (ArchiveKind.of(path.substring(from)).isPresent()) {
                return Optional.of(path.substring(0, from));
            }
            int slash = path.indexOf('/', from);
            if (slash < 0) {
                return Optional.empty();
            }
            from = slash + 1;
        }
    }

    /** The root that contains every other candidate root; two trees side by side are refused. */
    private static String chooseRoot(TreeSet<String> roots) throws DropRejectedException {
        if (roots.isEmpty()) {
            throw new DropRejectedException("the ZIP holds no archive file: no entry is at an archive path such as"
                    + " prayers/YYYY/MM/…_prayer_at_HHMM.txt, users/YYYY_MM_users.txt or activity/activity_YYYY_MM.txt,"
                    + " at the top or inside a folder");
        }
        String shortest = roots.stream().min((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        for (String r : roots) {
            if (!r.startsWith(shortest)) {
                throw new DropRejectedException("the ZIP holds more than one archive tree: '" + shortest + "' and '"
                        + r + "'; drop them one at a time");
            }
        }
        return shortest;
    }

    private static void checkReadable(ZipFile zipFile, ZipArchiveEntry e) throws DropRejectedException {
        if (DECODED_HERE.contains(ZipMethod.getMethodByCode(e.getMethod())) && zipFile.canReadEntryData(e)) {
            return;
        }
        ZipMethod method = ZipMethod.getMethodByCode(e.getMethod());
        throw EntryNames.rejected(e.getName(), "it uses compression method " + e.getMethod()
                + (method == null ? "" : " (" + method + ")") + ", which cannot be read");
    }

    private static void checkFileType(ZipArchiveEntry e, boolean directory) throws DropRejectedException {
        if (e.getPlatform() != ZipArchiveEntry.PLATFORM_UNIX) {
            return;
        }
        int type = e.getUnixMode() & UNIX_FILE_TYPE;
        if (type == 0 || type == UNIX_REGULAR || directory && type == UNIX_DIRECTORY) {
            return;
        }
        throw EntryNames.rejected(e.getName(), String.format("it is not a regular file (unix mode %06o)",
                e.getUnixMode()));
    }

    private static void checkFileFolderClashes(List<ZipArchiveEntry> fileEntries, List<String> filePaths)
            throws DropRejectedException {
        Set<String> files = new HashSet<>(filePaths);
        for (int i = 0; i < filePaths.size(); i++) {
            String path = filePaths.get(i);
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (files.contains(path.substring(0, slash))) {
                    throw EntryNames.rejected(fileEntries.get(i).getName(), "its folder '" + path.substring(0, slash)
                            + "' is also a file in the ZIP");
                }
            }
        }
    }

    private static DropRejectedException tooManyEntries(long count, ZipLimits limits) {
        return new DropRejectedException("the ZIP has " + count + " entries, more than the limit of "
                + limits.maxEntries());
    }

}
