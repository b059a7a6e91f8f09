package org.thywill.archive.intake;

/**
 * Caps on a dropped ZIP (PRODUCT.md "Security": ZIP entries are never trusted). Sizes are uncompressed bytes.
 * The caps are checked twice: against what the central directory declares ({@link ZipInspector}) and against
 * the bytes actually copied ({@link EntryStager}), because declared sizes can lie.
 *
 * @param maxEntries    the most central-directory entries (files, folders and skipped entries alike)
 * @param maxEntryBytes the largest uncompressed size of one entry
 * @param maxTotalBytes the largest uncompressed size of all file entries together
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    public static final int DEFAULT_MAX_ENTRIES = 200_000;
    public static final long DEFAULT_MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;

    /** 200,000 entries, 64 MiB per entry, 2 GiB in total. */
    public static final ZipLimits DEFAULTS =
            new ZipLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_TOTAL_BYTES);

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("ZIP limits must be positive: entries=" + maxEntries
                    + ", entry bytes=" + maxEntryBytes + ", total bytes=" + maxTotalBytes);
        }
    }

    public static ZipLimits of(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        return new ZipLimits(maxEntries, maxEntryBytes, maxTotalBytes);
    }

    public static ZipLimits defaults() {
        return DEFAULTS;
    }
}
