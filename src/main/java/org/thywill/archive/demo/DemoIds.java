package org.thywill.archive.demo;

import java.util.HexFormat;
import java.util.Random;

/**
 * The original's identifier shapes (reference §3), drawn from a seeded {@link Random} so that a seed always
 * gives the same ids: {@code uuid4().hex} ("U"), {@code secrets.token_hex(16)} ("H") and the 16-hex
 * {@code token_hex(8)} invite tokens. ({@code store.Ids} draws the same shapes from a secure source.)
 */
final class DemoIds {

    private static final HexFormat HEX = HexFormat.of();

    private final Random random;
    private final byte[] sixteen = new byte[16];
    private final byte[] eight = new byte[8];

    DemoIds(Random random) {
        this.random = random;
    }

    /** 32 lowercase hex digits with uuid4's version nibble and variant bits. */
    String uuidHex() {
        random.nextBytes(sixteen);
        sixteen[6] = (byte) ((sixteen[6] & 0x0f) | 0x40);
        sixteen[8] = (byte) ((sixteen[8] & 0x3f) | 0x80);
        return HEX.formatHex(sixteen);
    }

    /** 32 lowercase hex digits, 16 random bytes. */
    String tokenHex() {
        random.nextBytes(sixteen);
        return HEX.formatHex(sixteen);
    }

    /** 16 lowercase hex digits: an invite token. */
    String inviteToken() {
        random.nextBytes(eight);
        return HEX.formatHex(eight);
    }
}
