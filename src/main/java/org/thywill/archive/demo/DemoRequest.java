package org.thywill.archive.demo;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * What {@code generate-demo} is asked for.
 *
 * @param users    members to register, at least 2 (the first is {@code admin})
 * @param prayers  prayers to submit, at least 0
 * @param seed     the same seed gives byte-identical archives and identical rows
 * @param out      the directory that receives {@code text_archives/} and {@code thywill.db}
 * @param progress told how many prayers are done so far, now and then (the CLI's progress bar)
 */
public record DemoRequest(int users, int prayers, long seed, Path out, LongConsumer progress) {

    public static final int MIN_USERS = 2;
    /** Members, their tokens and sessions are kept in memory until the end; this keeps them small. */
    public static final int MAX_USERS = 100_000;
    public static final int MAX_PRAYERS = 10_000_000;

    public DemoRequest {
        Objects.requireNonNull(out, "out");
        if (users < MIN_USERS || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be between " + MIN_USERS + " and " + MAX_USERS + ": " + users);
        }
        if (prayers < 0 || prayers > MAX_PRAYERS) {
            throw new IllegalArgumentException("prayers must be between 0 and " + MAX_PRAYERS + ": " + prayers);
        }
        progress = progress == null ? done -> { } : progress;
    }
}
