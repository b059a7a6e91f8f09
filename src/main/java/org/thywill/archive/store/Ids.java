package org.thywill.archive.store;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The original's identifier generators (reference §3), so rows we create look like rows it creates.
 *
 * <ul>
 *   <li>{@link #uuidHex()} ("U"): {@code prayer}, {@code prayermark}, {@code prayerskip}, {@code session},
 *       {@code role}, {@code user_roles}, {@code invite_token_usage}, {@code membership_application},
 *       {@code authenticationrequest}, {@code authapproval}, {@code authauditlog}, {@code securitylog},
 *       {@code notification_state};</li>
 *   <li>{@link #tokenHex()} ("H"): {@code prayer_attributes}, {@code prayer_activity_log};</li>
 *   <li>{@link #inviteToken()}: {@code invitetoken.token}.</li>
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

    /** Python {@code secrets.token_hex(16)}: 32 lowercase hex digits from 16 random bytes. */
    public static String tokenHex() {
        return randomHex(16);
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
