package org.thywill.archive.format.system;

/**
 * One {@code KEY=value} line of {@code system/system_config.txt} (reference §2.10). The key is the
 * text before the first {@code =}.
 */
public record ConfigItem(String key, String value) {

    public static final String REDACTED = "[REDACTED]";

    /** Whether the original hid the value (it does so when the key contains secret, key or password). */
    public boolean isRedacted() {
        return REDACTED.equals(value);
    }
}
