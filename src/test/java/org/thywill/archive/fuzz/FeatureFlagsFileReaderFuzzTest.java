package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.system.FeatureFlagsFileReader;

/** Fuzzes {@link FeatureFlagsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class FeatureFlagsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(FeatureFlagsFileReaderFuzzTest.class, FeatureFlagsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(FeatureFlagsFileReader.class, input);
    }
}
