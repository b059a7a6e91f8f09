package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.auth.SecurityEventsFileReader;

/** Fuzzes {@link SecurityEventsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class SecurityEventsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(SecurityEventsFileReaderFuzzTest.class, SecurityEventsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(SecurityEventsFileReader.class, input);
    }
}
