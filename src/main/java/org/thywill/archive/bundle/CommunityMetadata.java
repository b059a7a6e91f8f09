package org.thywill.archive.bundle;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.thywill.archive.format.ArchiveTime;

/**
 * {@code archive_metadata.json} of a community bundle (reference operations §6.4): the fields and layout the
 * original writes ({@code json.dumps(..., indent=2)}: two-space indent, {@code ": "}, no final newline), so a
 * reader of the original's bundles reads ours. {@code export_date} is the local build time in Python's
 * {@code isoformat()}.
 */
public final class CommunityMetadata {

    public static final String EXPORT_TYPE = "complete_site_archive";
    public static final Map<String, String> ARCHIVE_STRUCTURE = ordered(
            "prayers", "Every prayer request with its activity, one file each, in YYYY/MM folders",
            "users", "Monthly registration logs and user attributes",
            "activity", "Monthly logs of community activity",
            "foundational_prayers", "The community's built-in prayers");
    public static final Map<String, String> FORMAT_INFO = ordered(
            "encoding", "UTF-8",
            "timestamp_format", "Month DD YYYY at HH:MM",
            "file_naming", "YYYY_MM_DD_prayer_at_HHMM.txt");

    private CommunityMetadata() {
    }

    public static String json(LocalDateTime exportedAt) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  ").append(quote("export_date")).append(": ").append(quote(ArchiveTime.iso(exportedAt))).append(",\n");
        sb.append("  ").append(quote("export_type")).append(": ").append(quote(EXPORT_TYPE)).append(",\n");
        sb.append("  ").append(quote("archive_structure")).append(": ");
        object(sb, ARCHIVE_STRUCTURE);
        sb.append(",\n");
        sb.append("  ").append(quote("format_info")).append(": ");
        object(sb, FORMAT_INFO);
        sb.append("\n}");
        return sb.toString();
    }

    private static void object(StringBuilder sb, Map<String, String> fields) {
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            sb.append("    ").append(quote(f.getKey())).append(": ").append(quote(f.getValue()));
            sb.append(++i < fields.size() ? ",\n" : "\n");
        }
        sb.append("  }");
    }

    /** A JSON string as Python's {@code json.dumps} writes it with its default {@code ensure_ascii}. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
