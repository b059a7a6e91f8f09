package org.thywill.archive.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Browsers and addresses (documentation ranges only: 203.0.113.0/24, 198.51.100.0/24, 2001:db8::/32). */
final class DemoDevices {

    private static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
            "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0");

    private final Random random;

    DemoDevices(Random random) {
        this.random = random;
    }

    String userAgent() {
        return USER_AGENTS.get(random.nextInt(USER_AGENTS.size()));
    }

    String ipAddress() {
        return switch (random.nextInt(3)) {
            case 0 -> "203.0.113." + (1 + random.nextInt(254));
            case 1 -> "198.51.100." + (1 + random.nextInt(254));
            default -> String.format(Locale.ROOT, "2001:db8::%x", 1 + random.nextInt(0xffff));
        };
    }
}
