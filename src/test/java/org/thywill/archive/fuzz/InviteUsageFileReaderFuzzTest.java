package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.invites.InviteUsageFileReader;

/** Fuzzes {@link InviteUsageFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class InviteUsageFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(InviteUsageFileReaderFuzzTest.class, InviteUsageFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(InviteUsageFileReader.class, input);
    }
}
