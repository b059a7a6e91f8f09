package org.thywill.archive.format.system;

import java.time.LocalDateTime;

/**
 * One line of {@code system/YYYY_MM_feature_flags.txt} (reference §2.10):
 * {@code ISO|flag_name|new_value|changed_by|details}.
 *
 * @param timestamp naive server-local time
 * @param value     Python {@code str()} of the new value ({@code True}, {@code 42}, {@code None}…), kept as text
 * @param changedBy the user, or {@code system} (the original writes that when no user is given)
 * @param details   always {@code flag_changed} in the original
 */
public record FeatureFlagChange(LocalDateTime timestamp, String flag, String value, String changedBy,
                                String details) {

    public static final String FLAG_CHANGED = "flag_changed";
    public static final String SYSTEM = "system";

    /** The line the original writes when {@code flag} is set to {@code value} by {@code changedBy} (null: system). */
    public static FeatureFlagChange of(LocalDateTime timestamp, String flag, String value, String changedBy) {
        return new FeatureFlagChange(timestamp, flag, value, changedBy == null || changedBy.isEmpty() ? SYSTEM : changedBy,
                FLAG_CHANGED);
    }
}
