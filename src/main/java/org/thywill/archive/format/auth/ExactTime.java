package org.thywill.archive.format.auth;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.thywill.archive.format.ArchiveTime;

/**
 * Timestamps exactly as the original writes them: a value is accepted only when formatting it back
 * gives the same text, so a file read and written again keeps its bytes. (The lenient parsers in
 * {@link ArchiveTime} accept more; a timestamp in another shape was not written by the original, and
 * the readers report it instead of silently normalising it.)
 */
public final class ExactTime {

    private ExactTime() {
    }

    /** Python {@code isoformat()} of a naive value: {@code 2025-07-06T12:07:33.389783}. */
    public static Optional<LocalDateTime> isoLocal(String text) {
        return ArchiveTime.parseIsoLocal(text).filter(t -> ArchiveTime.iso(t).equals(text));
    }

    /** Python {@code isoformat()} of an aware value: {@code 2025-07-06T12:07:33.400954+00:00}. */
    public static Optional<OffsetDateTime> isoOffset(String text) {
        return ArchiveTime.parseIsoOffset(text).filter(t -> ArchiveTime.iso(t).equals(text));
    }

    /** Python {@code str(datetime)} of a naive value: {@code 2025-01-16 16:39:31.894854}. */
    public static Optional<LocalDateTime> str(String text) {
        return ArchiveTime.parseIsoLocal(text).filter(t -> ArchiveTime.str(t).equals(text));
    }

    /** {@code TS_C}: {@code June 05, 2024 at 09:07}. */
    public static Optional<LocalDateTime> tsComma(String text) {
        return ArchiveTime.parseTs(text).filter(t -> ArchiveTime.tsComma(t).equals(text));
    }

    /** {@link #isoLocal}, or the reason it is not one. */
    public static LocalDateTime requireIsoLocal(String text, String what) throws UnreadableLineException {
        return isoLocal(text).orElseThrow(() -> new UnreadableLineException(
                "unparsable " + what + " '" + text + "' (expected an ISO timestamp like 2025-07-06T12:07:33.389783)"));
    }
}
