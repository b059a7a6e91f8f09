package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.invites.InviteTokensSnapshotReader;

/** Fuzzes {@link InviteTokensSnapshotReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class InviteTokensSnapshotReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(InviteTokensSnapshotReaderFuzzTest.class, InviteTokensSnapshotReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(InviteTokensSnapshotReader.class, input);
    }
}
