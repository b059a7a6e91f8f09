package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.users.RegistrationsFileReader;

/** Fuzzes {@link RegistrationsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class RegistrationsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(RegistrationsFileReaderFuzzTest.class, RegistrationsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(RegistrationsFileReader.class, input);
    }
}
