package org.thywill.archive.store;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers for rows we create, in the original's text form (reference §3: 32 lowercase hex digits; invite
 * tokens 16), so that its code reads them like its own.
 *
 * <ul>
 *   <li>{@link #uuidHex()}: Python's {@code uuid4().hex}, for what a person may see or name (a prayer id is in
 *       its file name and URLs);</li>
 *   <li>{@link #rowId()}: the same 32 hex digits, but time-ordered (UUIDv7), for the activity rows an import
 *       creates by the hundred thousand ({@code prayermark}, {@code prayer_activity_log}, {@code prayer_attributes},
 *       {@code prayerskip}, {@code invite_token_usage}; the original uses {@code uuid4().hex} or
 *       {@code token_hex(16)} for them, equally opaque). Keys in creation order are appended to the primary-key
 *       index instead of scattered over it, which took a fifth off a cold import of 100,000 prayers
 *       ({@code bench/import.sh});</li>
 *   <li>{@link #inviteToken()}: {@code invitetoken.token}, a secret.</li>
 * </ul>
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    /** Python {@code uuid4().hex}: 32 lowercase hex digits, version nibble 4, RFC 4122 variant. */
    public static String uuidHex() {
        UUID u = UUID.randomUUID();
        return HEX.toHexDigits(u.getMostSignificantBits()) + HEX.toHexDigits(u.getLeastSignificantBits());
    }

    /**
     * A UUIDv7 (RFC 9562) as 32 lowercase hex digits: 48 bits of Unix milliseconds, version 7, 74 random bits
     * and the RFC variant. Ids made in a later millisecond sort after earlier ones.
     */
    public static String rowId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (r.nextLong() & 0x0fffL);
        long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return HEX.toHexDigits(msb) + HEX.toHexDigits(lsb);
    }

    /** Python {@code secrets.token_hex(8)}: the original's 16-hex-digit invite tokens. */
    public static String inviteToken() {
        return randomHex(8);
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HEX.formatHex(b);
    }
}
