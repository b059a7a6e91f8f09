package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.membership.MembershipApplicationReader;

/** Fuzzes {@link MembershipApplicationReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class MembershipApplicationReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(MembershipApplicationReaderFuzzTest.class, MembershipApplicationReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(MembershipApplicationReader.class, input);
    }
}
