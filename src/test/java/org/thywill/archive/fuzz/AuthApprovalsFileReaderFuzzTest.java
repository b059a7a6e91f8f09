package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.auth.AuthApprovalsFileReader;

/** Fuzzes {@link AuthApprovalsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class AuthApprovalsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(AuthApprovalsFileReaderFuzzTest.class, AuthApprovalsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(AuthApprovalsFileReader.class, input);
    }
}
