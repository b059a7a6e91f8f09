package org.thywill.archive.recovery;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@code test-recovery}: the archive tree rebuilt into a temporary database (since deleted) and
 * compared with the live database at archive precision.
 *
 * @param database    the live database (opened read-only)
 * @param archives    the archive root
 * @param comparison  the rebuild and the comparison, kind by kind, with what the archives cannot carry by design
 * @param reproduced  whether the archives give back every row of every kind they carry: no file rejected, nothing
 *                    only in the database, nothing differing (rows only in the archives are reported, and do not
 *                    make a recovery lose anything)
 */
public record RecoveryTestReport(Path database, Path archives, ArchiveComparison comparison, boolean reproduced) {

    static RecoveryTestReport of(RecoverySettings settings, ArchiveComparison comparison) {
        boolean reproduced = comparison.rebuild().rejections().isEmpty()
                && comparison.kinds().stream().allMatch(KindDiff::reproducesDatabase);
        return new RecoveryTestReport(settings.database(), settings.archives(), comparison, reproduced);
    }

    /** The kinds whose rows differ between the live database and the rebuilt one. */
    public List<KindDiff> differingKinds() {
        return comparison.kinds().stream().filter(k -> k.differences() > 0).toList();
    }
}
