package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.sessions.SessionsFileReader;

/** Fuzzes {@link SessionsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class SessionsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(SessionsFileReaderFuzzTest.class, SessionsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(SessionsFileReader.class, input);
    }
}
