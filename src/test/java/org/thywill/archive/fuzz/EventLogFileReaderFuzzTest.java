package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.system.EventLogFileReader;

/** Fuzzes {@link EventLogFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class EventLogFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(EventLogFileReaderFuzzTest.class, EventLogFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(EventLogFileReader.class, input);
    }
}
