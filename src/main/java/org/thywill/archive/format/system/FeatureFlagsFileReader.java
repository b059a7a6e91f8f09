package org.thywill.archive.format.system;

import org.thywill.archive.format.ArchiveReader;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.auth.MonthlyLog;

/** Reads {@code system/YYYY_MM_feature_flags.txt} (reference §2.10). */
public final class FeatureFlagsFileReader implements ArchiveReader<MonthlyLog<FeatureFlagChange>> {

    @Override
    public Parsed<MonthlyLog<FeatureFlagChange>> read(String text) {
        return FeatureFlagRows.LOG.read(text);
    }
}
