package org.thywill.archive.format.system;

import org.thywill.archive.format.ArchiveWriter;
import org.thywill.archive.format.auth.MonthlyLog;

/**
 * Writes {@code system/YYYY_MM_feature_flags.txt} as the original's SystemArchiveWriter does: header
 * {@code Feature Flag Changes for <Month Year>} / {@code Format: timestamp|flag_name|new_value|changed_by|details}
 * / blank, then {@code ISO|flag|value|changed_by|flag_changed} per change.
 *
 * <p>What the format cannot carry: a newline anywhere breaks the line; a {@code |} in the flag name,
 * the user or the details shifts the columns (the original writes them raw). A {@code |} in the value
 * reads back whole.
 */
public final class FeatureFlagsFileWriter implements ArchiveWriter<MonthlyLog<FeatureFlagChange>> {

    @Override
    public String write(MonthlyLog<FeatureFlagChange> log) {
        return FeatureFlagRows.LOG.write(log);
    }
}
