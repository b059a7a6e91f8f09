package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.auth.SessionsSnapshotReader;

/** Fuzzes {@link SessionsSnapshotReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class SessionsSnapshotReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(SessionsSnapshotReaderFuzzTest.class, SessionsSnapshotReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(SessionsSnapshotReader.class, input);
    }
}
