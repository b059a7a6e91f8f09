package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.activity.ActivityFileReader;

/** Fuzzes {@link ActivityFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class ActivityFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(ActivityFileReaderFuzzTest.class, ActivityFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(ActivityFileReader.class, input);
    }
}
