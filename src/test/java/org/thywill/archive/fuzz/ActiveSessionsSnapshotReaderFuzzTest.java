package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.system.ActiveSessionsSnapshotReader;

/** Fuzzes {@link ActiveSessionsSnapshotReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class ActiveSessionsSnapshotReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(ActiveSessionsSnapshotReaderFuzzTest.class, ActiveSessionsSnapshotReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(ActiveSessionsSnapshotReader.class, input);
    }
}
