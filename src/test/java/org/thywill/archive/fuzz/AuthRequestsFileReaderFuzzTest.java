package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.auth.AuthRequestsFileReader;

/** Fuzzes {@link AuthRequestsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class AuthRequestsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(AuthRequestsFileReaderFuzzTest.class, AuthRequestsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(AuthRequestsFileReader.class, input);
    }
}
