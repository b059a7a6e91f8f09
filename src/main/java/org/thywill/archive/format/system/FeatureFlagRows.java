package org.thywill.archive.format.system;

import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.auth.ExactTime;
import org.thywill.archive.format.auth.MonthlyLogFormat;
import org.thywill.archive.format.auth.PipeColumns;
import org.thywill.archive.format.auth.RowCodec;
import org.thywill.archive.format.auth.UnreadableLineException;

/**
 * The line codec and header of {@code system/YYYY_MM_feature_flags.txt}. The value column is written
 * unescaped; since the flag name, the user and the constant details carry no {@code |}, a value
 * containing {@code |} is read back whole (everything between the second column and the last two).
 */
final class FeatureFlagRows implements RowCodec<FeatureFlagChange> {

    static final String FORMAT = "timestamp|flag_name|new_value|changed_by|details";
    static final MonthlyLogFormat<FeatureFlagChange> LOG =
            new MonthlyLogFormat<>("Feature Flag Changes", FORMAT, new FeatureFlagRows());

    @Override
    public FeatureFlagChange parse(String line) throws UnreadableLineException {
        List<String> c = PipeColumns.atLeast(line, FORMAT);
        int n = c.size();
        return new FeatureFlagChange(ExactTime.requireIsoLocal(c.get(0), "timestamp"), c.get(1),
                String.join("|", c.subList(2, n - 2)), c.get(n - 2), c.get(n - 1));
    }

    @Override
    public String write(FeatureFlagChange f) {
        return String.join("|", ArchiveTime.iso(f.timestamp()), f.flag(), f.value(), f.changedBy(), f.details());
    }
}
