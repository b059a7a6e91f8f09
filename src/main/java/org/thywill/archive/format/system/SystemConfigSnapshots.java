package org.thywill.archive.format.system;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thywill.archive.format.auth.RowCodec;
import org.thywill.archive.format.auth.Snapshot;
import org.thywill.archive.format.auth.SnapshotFormat;
import org.thywill.archive.format.auth.UnreadableLineException;

/** The frame and line codec of {@code system/system_config.txt}, and how the original builds its items. */
public final class SystemConfigSnapshots {

    static final SnapshotFormat<ConfigItem> SNAPSHOT = new SnapshotFormat<>("System Configuration - Snapshot ",
            "Format: key=value", "Configuration items: ", new Codec());

    private SystemConfigSnapshots() {
    }

    /**
     * The snapshot the original writes for {@code config} at {@code takenAt}: keys sorted (by code
     * point, as Python sorts strings), and the value replaced by {@code [REDACTED]} when the key, in
     * lower case, contains {@code secret}, {@code key} or {@code password}.
     */
    public static Snapshot<ConfigItem> of(LocalDateTime takenAt, Map<String, String> config) {
        List<ConfigItem> items = config.entrySet().stream()
                .sorted((a, b) -> compareCodePoints(a.getKey(), b.getKey()))
                .map(e -> new ConfigItem(e.getKey(), isSecret(e.getKey()) ? ConfigItem.REDACTED : e.getValue()))
                .toList();
        return Snapshot.of(takenAt, items);
    }

    private static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("secret") || k.contains("key") || k.contains("password");
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }

    private static final class Codec implements RowCodec<ConfigItem> {
        @Override
        public ConfigItem parse(String line) throws UnreadableLineException {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new UnreadableLineException("expected 'KEY=value', found '" + line + "'");
            }
            return new ConfigItem(line.substring(0, eq), line.substring(eq + 1));
        }

        @Override
        public String write(ConfigItem item) {
            return item.key() + "=" + item.value();
        }
    }
}
