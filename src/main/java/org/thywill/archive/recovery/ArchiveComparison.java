package org.thywill.archive.recovery;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.thywill.archive.format.ArchiveKind;

/**
 * The live database against what its archive tree rebuilds: the tree imported into a new temporary database
 * ({@link ArchiveRebuild}), then every kind the tree carries compared at archive precision
 * ({@link ArchivePrecisionDiff}), the live database opened read-only. What the tree cannot carry is measured in the
 * live database and named ({@link ArchiveLimits}).
 *
 * @param rebuild    what the import into the temporary database did
 * @param kinds      one comparison per kind the tree carries, in {@link CarriedKind} order
 * @param notCarried what the tree cannot rebuild, with the live rows each concerns
 * @param kindsInTree the kinds of the files the tree holds
 */
public record ArchiveComparison(RebuildSummary rebuild, List<KindDiff> kinds, List<NotCarried> notCarried,
                                Set<ArchiveKind> kindsInTree) {

    public ArchiveComparison {
        kinds = List.copyOf(kinds);
        notCarried = List.copyOf(notCarried);
        kindsInTree = kindsInTree.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(kindsInTree));
    }

    /**
     * @throws IllegalArgumentException there is no database or no archive tree where the settings say
     */
    public static ArchiveComparison run(RecoverySettings settings) throws SQLException {
        // The live database is opened first: a missing one fails before the tree is imported.
        try (Connection live = ReadOnlyDatabase.open(settings.database(), settings.busyTimeoutMs());
             ArchiveRebuild rebuild = ArchiveRebuild.of(settings);
             Connection rebuilt = ReadOnlyDatabase.open(rebuild.database(), settings.busyTimeoutMs())) {
            List<KindDiff> kinds = new ArrayList<>();
            for (CarriedKind kind : ArchiveLimits.carried(rebuild.kindsInTree())) {
                kinds.add(ArchivePrecisionDiff.compare(live, rebuilt, kind, settings.maxExamples()));
            }
            return new ArchiveComparison(RebuildSummary.of(rebuild.report()), kinds,
                    ArchiveLimits.measure(live, rebuild.kindsInTree()), rebuild.kindsInTree());
        }
    }

    /** Rows not the same on both sides, over every kind compared. */
    public long differences() {
        return kinds.stream().mapToLong(KindDiff::differences).sum();
    }
}
